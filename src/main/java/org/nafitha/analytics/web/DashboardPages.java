package org.nafitha.analytics.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.Dashboards;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.country.Calendars;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of heads (their department) and leadership (all): key figures, three charts each with
 * its table, filters by period, service, department, channel and office ({@link DashboardFilters}), and the
 * late cases behind the service-level figure. Plain GET forms: it works without JavaScript.
 */
@Controller
class DashboardPages {

    private final KeyFigures figures;
    private final Dashboards dashboards;
    private final DashboardFilters filters;
    private final DashboardCharts charts;
    private final Calendars calendars;

    DashboardPages(KeyFigures figures, Dashboards dashboards, DashboardFilters filters, DashboardCharts charts,
                   Calendars calendars) {
        this.figures = figures;
        this.dashboards = dashboards;
        this.filters = filters;
        this.charts = charts;
        this.calendars = calendars;
    }

    @GetMapping("/staff/analytics")
    String dashboard(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                     @RequestParam(required = false) @Nullable String service,
                     @RequestParam(required = false) @Nullable String department,
                     @RequestParam(required = false) @Nullable String channel,
                     @RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        var asked = filters.read(from, to, service, department, channel, office, actor, model, locale);
        var filter = asked.filter();
        var key = figures.of(filter);
        model.addAttribute("figures", key);
        model.addAttribute("backlog", figures.backlog(filter));
        model.addAttribute("appeals", figures.appeals(filter));
        model.addAttribute("elsewhere", figures.elsewhere(filter));
        charts.addTo(model, filter, key, locale);
        return "analytics/dashboard";
    }

    @GetMapping("/staff/analytics/late")
    String late(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String service,
                @RequestParam(required = false) @Nullable String department,
                @RequestParam(required = false) @Nullable String channel,
                @RequestParam(required = false) @Nullable String office, Actor actor, Model model, Locale locale) {
        var asked = filters.read(from, to, service, department, channel, office, actor, model, locale);
        model.addAttribute("late", dashboards.late(asked.filter(), calendars.zone(), 500));
        model.addAttribute("canOpen", actor.has(Role.HEAD));
        return "analytics/late";
    }
}
