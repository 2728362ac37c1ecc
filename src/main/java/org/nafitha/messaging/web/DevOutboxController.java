package org.nafitha.messaging.web;

import java.util.List;

import org.nafitha.country.ArabicDigits;
import org.nafitha.messaging.internal.DevOutbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;

/** The dev outbox: what would have gone to phones. Exists only in the demo profile. */
@Controller
@Profile("demo")
@Hidden
class DevOutboxController {

    private final DevOutbox outbox;

    DevOutboxController(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/outbox")
    String page(@RequestParam(defaultValue = "") String to, Model model) {
        var recipient = ArabicDigits.toLatin(to).strip();
        model.addAttribute("to", recipient);
        model.addAttribute("messages", recipient.isEmpty() ? List.of() : outbox.latest(recipient, 20));
        return "messaging/outbox";
    }

    @GetMapping(path = "/api/v1/dev/outbox", produces = "application/json")
    @ResponseBody
    List<DevOutbox.Entry> api(@RequestParam String to) {
        return outbox.latest(ArabicDigits.toLatin(to).strip(), 20);
    }
}
