package org.nafitha.analytics.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.PublishedFigures;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.Clock;

/** The public performance page: no sign-in, the last twelve months, small counts suppressed. */
@Controller
class PerformancePages {

    private final PublishedFigures published;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final Clock clock;

    PerformancePages(PublishedFigures published, Catalogue catalogue, Calendars calendars, Clock clock) {
        this.published = published;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/performance")
    String performance(@RequestParam(required = false) @Nullable String service, Model model, Locale locale) {
        var to = YearMonth.from(calendars.today(clock));
        var from = to.minusMonths(11);
        var names = new LinkedHashMap<String, String>();
        catalogue.all().forEach(s -> names.put(s.code(), s.name().in(locale)));
        model.addAttribute("names", names);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("threshold", published.threshold());
        model.addAttribute("services", published.services(from, to));
        var chosen = service != null && names.containsKey(service) ? service : null;
        model.addAttribute("chosen", chosen);
        model.addAttribute("months", chosen == null ? List.of() : published.months(chosen, from, to));
        return "analytics/performance";
    }
}
