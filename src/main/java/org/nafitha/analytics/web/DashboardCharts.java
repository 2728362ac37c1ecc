package org.nafitha.analytics.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.nafitha.analytics.internal.Dashboards;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.cases.Channel;
import org.nafitha.country.Calendars;
import org.nafitha.country.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dashboard's three charts, drawn on the server, each with its table: cases submitted and completed
 * by day (by month over a longer period), by channel, and the days decisions took.
 */
@Component
class DashboardCharts {

    /** Past this many days the first chart counts months instead of days. */
    private static final int DAYS_IN_CHART = 62;

    private final Dashboards dashboards;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Languages languages;

    DashboardCharts(Dashboards dashboards, Calendars calendars, MessageSource messages, Languages languages) {
        this.dashboards = dashboards;
        this.calendars = calendars;
        this.messages = messages;
        this.languages = languages;
    }

    void addTo(Model model, KeyFigures.Filter filter, KeyFigures.Figures key, Locale locale) {
        var rtl = languages.spoken(locale).rightToLeft();
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
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
