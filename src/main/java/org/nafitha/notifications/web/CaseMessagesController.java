package org.nafitha.notifications.web;

import org.nafitha.cases.CaseReference;
import org.nafitha.notifications.internal.OutgoingMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The messages sent about one case and their status, for staff: loaded by htmx into the staff
 * case page (which lives in the cases module), or opened on its own without JavaScript.
 */
@Controller
class CaseMessagesController {

    private final OutgoingMessages messages;

    CaseMessagesController(OutgoingMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/staff/cases/{reference}/messages")
    String messages(@PathVariable String reference, @RequestHeader(
            value = "HX-Request", required = false) String htmx, Model model) {
        var ref = CaseReference.parse(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("reference", ref.value());
        model.addAttribute("messages", messages.forCase(ref.value()));
        return htmx != null ? "notifications/case-messages :: messages" : "notifications/case-messages";
    }
}
