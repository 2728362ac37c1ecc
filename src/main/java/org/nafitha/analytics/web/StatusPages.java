package org.nafitha.analytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.nafitha.analytics.internal.StatusChecks;
import org.nafitha.country.Calendars;
import org.nafitha.country.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** The public status page: each dependency's state now and over the last 90 days. */
@Controller
class StatusPages {

    /** One day of a dependency's strip: its cell and the words for it. */
    record Cell(double x, String fill, String title) {
    }

    record Row(String name, StatusChecks.State now, @Nullable Double availability,
               List<Cell> cells, List<LocalDate> outages) {
    }

    private final Languages languages;
    private final StatusChecks checks;
    private final Calendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    StatusPages(StatusChecks checks, Calendars calendars, MessageSource messages, Clock clock, Languages languages) {
        this.languages = languages;
        this.checks = checks;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/status")
    String status(Model model, Locale locale) {
        var today = calendars.today(clock);
        var rtl = languages.spoken(locale).rightToLeft();
        var rows = new ArrayList<Row>();
        for (var c : checks.components()) {
            var byDay = new HashMap<LocalDate, StatusChecks.Day>();
            c.days().forEach(d -> byDay.put(d.day(), d));
            var cells = new ArrayList<Cell>();
            var outages = new ArrayList<LocalDate>();
            for (int i = 0; i < StatusChecks.HISTORY_DAYS; i++) {
                var day = today.minusDays(StatusChecks.HISTORY_DAYS - 1 - i);
                var d = byDay.get(day);
                String fill, state;
                if (d == null || d.checks() == 0) {
                    fill = "#b1b4b6";
                    state = "analytics.status.noData";
                } else if (d.failures() == 0) {
                    fill = "#00703c";
                    state = "analytics.status.UP";
                } else {
                    fill = d.failures() * 2 >= d.checks() ? "#d4351c" : "#f47738";
                    state = "analytics.status.DOWN";
                    outages.add(day);
                }
                // The oldest day at the reading start: the right edge in Arabic.
                double x = rtl ? (StatusChecks.HISTORY_DAYS - 1 - i) * 6 : i * 6;
                cells.add(new Cell(x, fill, calendars.date(day, locale) + ": " + messages.getMessage(state, null, locale)));
            }
            rows.add(new Row(messages.getMessage("analytics.status.component." + c.name(), null, c.name(), locale),
                    c.now(), c.availability(), cells, outages.reversed()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("days", StatusChecks.HISTORY_DAYS);
        return "analytics/status";
    }
}
