package org.nafitha.notifications.web;

import java.time.Clock;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.notifications.internal.InboxMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import java.util.Locale;

@Controller
class InboxController {

    private final InboxMessages inbox;
    private final Catalogue catalogue;
    private final Clock clock;

    InboxController(InboxMessages inbox, Catalogue catalogue, Clock clock) {
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(Actor actor, Model model, Locale locale) {
        var recipient = actor.nationalId() == null ? actor.username() : actor.nationalId();
        model.addAttribute("messages", inbox.forRecipient(recipient, 100));
        model.addAttribute("serviceNames", catalogue.names(locale));
        return "notifications/inbox";
    }

    @PostMapping("/inbox/read")
    String markRead(Actor actor) {
        inbox.markAllRead(actor.nationalId() == null ? actor.username() : actor.nationalId(), clock.instant());
        return "redirect:/inbox";
    }
}
