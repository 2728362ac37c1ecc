package org.nafitha.analytics.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard's filter form: what was asked for read into a filter of the key figures, each filter that
 * cannot be used said beside its field, and the choices the form offers.
 */
@Component
class DashboardFilters {

    private final DashboardChoices choices;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    DashboardFilters(DashboardChoices choices, Catalogue catalogue, Calendars calendars, MessageSource messages,
                     Clock clock) {
        this.choices = choices;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reads the filters, keeping what was typed; a head is held to their department, others refused. */
    AskedFilter read(@Nullable String from, @Nullable String to, @Nullable String service, @Nullable String department,
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
        var offices = choices.offices(locale);
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
        choices.addTo(model, allowed.department(), locale);
        var asked = new AskedFilter(filter, errors);
        model.addAttribute("query", asked.query(allowed.department() != null && !actor.has(Role.LEADERSHIP)));
        return asked;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
