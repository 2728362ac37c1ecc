package org.nafitha.identity.web;

import static org.nafitha.identity.web.MobileChangeController.PENDING;

import java.util.Locale;
import java.util.Map;

import org.nafitha.country.ArabicDigits;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpSession;

/** A mobile number changed for someone at a service centre's counter, their ID card checked by the receptionist. */
@Controller
class CounterMobileController {

    private final MobileChangeStart start;
    private final MessageSource messages;

    CounterMobileController(MobileChangeStart start, MessageSource messages) {
        this.start = start;
        this.messages = messages;
    }

    /** At the counter, after the receptionist checked the person's ID card: the old phone is not needed. */
    @GetMapping("/staff/counter/mobile")
    String counterForm(Actor actor, Model model) {
        MobileChangeStart.requireReception(actor);
        model.addAttribute("counter", true);
        return "identity/mobile";
    }

    @PostMapping("/staff/counter/mobile")
    String counterStart(@RequestParam(defaultValue = "") String nationalId, @RequestParam(defaultValue = "") String mobile,
                        @RequestParam(defaultValue = "false") boolean idChecked,
                        @RequestParam(defaultValue = "") String idDocument, Actor actor, HttpSession session, Model model,
                        Locale locale) {
        MobileChangeStart.requireReception(actor);
        if (!idChecked || idDocument.isBlank()) {
            model.addAttribute("counter", true);
            model.addAttribute("errors", Map.of("idChecked", messages.getMessage("identity.mobile.idCheckRequired", null, locale)));
            model.addAttribute("values", Map.of("nationalId", nationalId, "mobile", mobile, "idDocument", idDocument));
            return "identity/mobile";
        }
        session.setAttribute(PENDING + ".reason", "ID checked at counter by " + actor.username() + ": " + idDocument.strip());
        return start.begin(ArabicDigits.digitsOnly(nationalId), mobile, false, true, session, model, locale);
    }
}
