package org.nafitha.notifications.web;

import org.nafitha.notifications.internal.OutgoingMessage;
import org.nafitha.notifications.internal.OutgoingMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import java.util.ArrayList;
import java.util.Comparator;

/** Messages given up on, with the reason, for admins to act on (a wrong number, a refused sender). */
@Controller
class FailedMessagesController {

    private final OutgoingMessages messages;

    FailedMessagesController(OutgoingMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/admin/notifications/failed")
    String failed(Model model) {
        var failed = new ArrayList<>(messages.withStatus(OutgoingMessage.Status.FAILED, 200));
        failed.addAll(messages.withStatus(OutgoingMessage.Status.UNDELIVERED, 200));
        failed.sort(Comparator.comparing(OutgoingMessage::createdAt).reversed());
        model.addAttribute("messages", failed);
        return "notifications/admin/failed";
    }
}
