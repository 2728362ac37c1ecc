package org.nafitha.analytics.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.Dashboards;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.country.Languages;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.time.Clock;
import java.util.Arrays;

/**
 * The dashboard of heads (their department) and leadership (all): key figures, three charts each with
 * its table, filters by period, service, department, channel and office, and the late cases behind the
 * service-level figure. Plain GET forms: it works without JavaScript.
 */
@Controller
class DashboardPages {

    /** Past this many days the first chart counts months instead of days. */
    private static final int DAYS_IN_CHART = 62;

    private final Languages languages;
    private final KeyFigures figures;
    private final Dashboards dashboards;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPages(KeyFigures figures, Dashboards dashboards, Catalogue catalogue, Calendars calendars,
                   MessageSource messages, Clock clock, Languages languages) {
        this.languages = languages;
        this.figures = figures;
        this.dashboards = dashboards;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    private record Asked(KeyFigures.Filter filter, Map<String, String> errors) {
    }

    @GetMapping("/staff/analytics")
    String dashboard(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                     @RequestParam(required = false) @Nullable String service,
                     @RequestParam(required = false) @Nullable String department,
                     @RequestParam(required = false) @Nullable String channel,
                     @RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        var asked = asked(from, to, service, department, channel, office, actor, model, locale);
        var filter = asked.filter();
        var rtl = languages.spoken(locale).rightToLeft();
        var key = figures.of(filter);
        model.addAttribute("figures", key);
        model.addAttribute("backlog", figures.backlog(filter));
        model.addAttribute("appeals", figures.appeals(filter));
        model.addAttribute("elsewhere", figures.elsewhere(filter));

        var days = dashboards.days(filter);
        var volumes = new ArrayList<SvgCharts.Row>();
        if (filter.from().plusDays(DAYS_IN_CHART).isAfter(filter.to())) {
            var byDay = new TreeMap<LocalDate, Dashboards.Day>();
            days.forEach(d -> byDay.put(d.day(), d));
            for (var d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
                var day = byDay.get(d);
                volumes.add(new SvgCharts.Row(calendars.digits(d.toString(), locale),
                        day == null ? List.of(0L, 0L) : List.of(day.submitted(), day.completed())));
            }
        } else {
            var byMonth = new TreeMap<YearMonth, long[]>();
            for (var m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
                byMonth.put(m, new long[2]);
            }
            days.forEach(d -> {
                var sums = byMonth.get(YearMonth.from(d.day()));
                sums[0] += d.submitted();
                sums[1] += d.completed();
            });
            byMonth.forEach((m, sums) -> volumes.add(new SvgCharts.Row(calendars.digits(m.toString(), locale),
                    List.of(sums[0], sums[1]))));
        }
        model.addAttribute("volumes", SvgCharts.columns(List.of(message("analytics.kpi.submitted", locale),
                message("analytics.kpi.completed", locale)), volumes, rtl));

        var channels = new ArrayList<SvgCharts.Row>();
        for (var c : Channel.values()) {
            channels.add(new SvgCharts.Row(message("analytics.channel." + c.name(), locale),
                    List.of(key.channels().getOrDefault(c.name(), 0L))));
        }
        model.addAttribute("channelChart", SvgCharts.rows(message("analytics.kpi.submitted", locale), channels, rtl));

        var taken = new TreeMap<Integer, Long>();
        dashboards.daysTaken(filter).forEach(d -> taken.merge(Math.min(d.days(), 30), d.cases(), Long::sum));
        var takenRows = new ArrayList<SvgCharts.Row>();
        int last = taken.isEmpty() ? 0 : taken.lastKey();
        for (int d = 0; d <= last; d++) {
            takenRows.add(new SvgCharts.Row(d == 30 ? calendars.digits("30+", locale) : calendars.digits(Integer.toString(d), locale),
                    List.of(taken.getOrDefault(d, 0L))));
        }
        model.addAttribute("takenChart", SvgCharts.columns(List.of(message("analytics.dashboard.decisions", locale)),
                takenRows, rtl));
        return "analytics/dashboard";
    }

    @GetMapping("/staff/analytics/late")
    String late(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String service,
                @RequestParam(required = false) @Nullable String department,
                @RequestParam(required = false) @Nullable String channel,
                @RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        var asked = asked(from, to, service, department, channel, office, actor, model, locale);
        model.addAttribute("late", dashboards.late(asked.filter(), calendars.zone(), 500));
        model.addAttribute("canOpen", actor.has(Role.HEAD));
        return "analytics/late";
    }

    /** Reads the filters, keeping what was typed; a head is held to their department, others refused. */
    private Asked asked(@Nullable String from, @Nullable String to, @Nullable String service, @Nullable String department,
                        @Nullable String channel, @Nullable String office, Actor actor, Model model, Locale locale) {
        if (!(AnalyticsScope.of(actor, blank(department)) instanceof AnalyticsScope.Allowed allowed)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var errors = new LinkedHashMap<String, String>();
        var today = calendars.today(clock);
        var period = Period.read(from, to, today);
        if (period == null) {
            errors.put("from", message("analytics.dashboard.error.period", locale));
            period = Period.read(null, null, today);
        }
        // A misspelt filter (an old bookmark, a hand-made link) is said, not silently dropped: the figures
        // shown are then of every service, department or channel, and the page says which filter was not used.
        var serviceCode = blank(service);
        if (serviceCode != null && catalogue.find(serviceCode).isEmpty()) {
            errors.put("service", message("analytics.dashboard.error.service", locale));
            serviceCode = null;
        }
        var typedChannel = blank(channel);
        var channelName = Arrays.stream(Channel.values()).map(Channel::name)
                .filter(c -> c.equals(typedChannel)).findFirst().orElse(null);
        if (typedChannel != null && channelName == null) errors.put("channel", message("analytics.dashboard.error.channel", locale));
        var departmentName = allowed.department();
        if (departmentName != null && catalogue.all().stream().noneMatch(s -> s.department().equals(allowed.department()))) {
            errors.put("department", message("analytics.dashboard.error.department", locale));
            departmentName = null;
        }
        // An office narrows the cases handled there (an appointment booked for them there) and the appointments.
        var offices = new LinkedHashMap<String, String>();
        offices.put(KeyFigures.NO_OFFICE, message("analytics.dashboard.noOffice", locale));
        offices.putAll(figures.offices(locale));
        model.addAttribute("offices", offices);
        var officeCode = blank(office);
        if (officeCode != null && !offices.containsKey(officeCode)) {
            errors.put("office", message("analytics.dashboard.error.office", locale));
            officeCode = null;
        }
        model.addAttribute("office", officeCode);
        var filter = new KeyFigures.Filter(period.from(), period.to(), serviceCode, departmentName, channelName, officeCode);
        model.addAttribute("filter", filter);
        model.addAttribute("typedFrom", from == null ? period.from().toString() : from);
        model.addAttribute("typedTo", to == null ? period.to().toString() : to);
        model.addAttribute("errors", errors);
        model.addAttribute("leadership", actor.has(Role.LEADERSHIP));
        var services = new LinkedHashMap<String, String>();
        catalogue.all().stream()
                .filter(s -> allowed.department() == null || s.department().equals(allowed.department()))
                .forEach(s -> services.put(s.code(), s.name().in(locale)));
        model.addAttribute("services", services);
        var departments = new LinkedHashMap<String, String>();
        catalogue.all().stream().map(s -> s.department()).distinct().sorted()
                .forEach(d -> departments.put(d, messages.getMessage("documents.archive.department." + d, null, d, locale)));
        model.addAttribute("departments", departments);
        var channels = new LinkedHashMap<String, String>();
        for (var c : Channel.values()) channels.put(c.name(), message("analytics.channel." + c.name(), locale));
        model.addAttribute("channels", channels);
        model.addAttribute("query", query(filter, allowed.department() != null && !actor.has(Role.LEADERSHIP)));
        return new Asked(filter, errors);
    }

    private static String query(KeyFigures.Filter f, boolean ownDepartment) {
        var q = new StringBuilder("from=" + f.from() + "&to=" + f.to());
        if (f.service() != null) q.append("&service=").append(f.service());
        if (f.department() != null && !ownDepartment) q.append("&department=").append(f.department());
        if (f.channel() != null) q.append("&channel=").append(f.channel());
        if (f.office() != null) q.append("&office=").append(f.office());
        return q.toString();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
