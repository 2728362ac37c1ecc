package org.nafitha.appointments.web;

import org.nafitha.appointments.internal.DisplayTokens;
import org.nafitha.appointments.internal.QueueBoard;
import org.nafitha.appointments.internal.Offices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import java.util.List;

/**
 * The waiting-room screen: called ticket numbers and their counters, large, refreshing itself
 * every few seconds without JavaScript. No sign-in: the office's display token is in the URL the
 * screen is set to, and the page shows ticket numbers only, never names.
 */
@Controller
class DisplayController {

    private final Offices offices;
    private final QueueBoard board;
    private final DisplayTokens tokens;

    DisplayController(Offices offices, QueueBoard board, DisplayTokens tokens) {
        this.offices = offices;
        this.board = board;
        this.tokens = tokens;
    }

    @GetMapping("/appointments/display/{office}")
    String display(@PathVariable String office, @RequestParam(defaultValue = "") String token, Model model) {
        var found = offices.find(office).filter(o -> tokens.admits(o.id(), token));
        if (found.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("office", found.get());
        var called = board.called(office, 7);
        model.addAttribute("latest", called.isEmpty() ? null : called.getFirst());
        model.addAttribute("earlier", called.size() > 1 ? called.subList(1, called.size()) : List.of());
        model.addAttribute("waitingCount", board.waiting(office).size());
        return "appointments/display";
    }
}
