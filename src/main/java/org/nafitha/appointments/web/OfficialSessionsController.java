package org.nafitha.appointments.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nafitha.appointments.internal.officials.Official;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.country.Calendars;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of officials' session days to come: open to all, no sign-in, no request needed. */
@Controller
class OfficialSessionsController {

    private final Officials officials;
    private final Calendars calendars;
    private final Clock clock;

    OfficialSessionsController(Officials officials, Calendars calendars, Clock clock) {
        this.officials = officials;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/officials/sessions")
    String publicSessions(Model model, Locale locale) {
        model.addAttribute("officials", byId(officials));
        model.addAttribute("sessions", officials.publicSessions(clock.instant()).stream()
                .map(s -> new Shown(s, calendars.dateTime(s.startsAt(), locale))).toList());
        return "appointments/officials/sessions";
    }

    /** A session with its date and time in both calendars. */
    record Shown(Session session, String when) {
    }

    static Map<String, Official> byId(Officials officials) {
        return officials.all().stream().collect(Collectors.toMap(Official::id, Function.identity()));
    }
}
