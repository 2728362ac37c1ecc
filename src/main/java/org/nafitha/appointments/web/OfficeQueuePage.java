package org.nafitha.appointments.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.InterpretersNeeded;
import org.nafitha.appointments.internal.Office;
import org.nafitha.appointments.internal.QueueBoard;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** An office's queue as reception and the counters see it: who waits, the average wait, interpreters to arrange. */
@Component
class OfficeQueuePage {

    private final QueueBoard board;
    private final Offices offices;
    private final Catalogue catalogue;
    private final Calendars calendars;
    private final InterpretersNeeded interpretersNeeded;

    OfficeQueuePage(QueueBoard board, Offices offices, Catalogue catalogue, Calendars calendars,
                    InterpretersNeeded interpretersNeeded) {
        this.board = board;
        this.offices = offices;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.interpretersNeeded = interpretersNeeded;
    }

    Optional<Office> show(@Nullable String office, Model model, Locale locale) {
        model.addAttribute("offices", offices.all());
        model.addAttribute("serviceNames", catalogue.names(locale));
        model.addAttribute("errors", Map.of());
        var chosen = office == null ? Optional.<Office>empty() : offices.find(office);
        chosen.ifPresent(o -> {
            model.addAttribute("office", o);
            model.addAttribute("waiting", board.waiting(o.id()));
            model.addAttribute("interpreters", interpretersNeeded.comingAt(o.id()));
            var wait = board.averageWait(o.id());
            model.addAttribute("averageWait", wait == null ? null
                    : calendars.digits(String.valueOf(Math.max(1, Math.round(wait.toSeconds() / 60.0))), locale));
        });
        return chosen;
    }
}
