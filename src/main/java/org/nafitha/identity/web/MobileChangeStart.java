package org.nafitha.identity.web;

import static org.nafitha.identity.web.MobileChangeController.PENDING;

import java.util.Locale;
import java.util.Map;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.internal.MobileChanges;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpSession;

/** A mobile change begun, by the person or at the counter: the codes sent, the change kept in the session. */
@Component
class MobileChangeStart {

    private final MobileChanges changes;
    private final MessageSource messages;

    MobileChangeStart(MobileChanges changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    String begin(String username, String mobile, boolean proveOld, boolean counter, HttpSession session,
                         Model model, Locale locale) {
        var pending = changes.start(username, mobile, proveOld);
        if (pending.isEmpty()) {
            model.addAttribute("counter", counter);
            model.addAttribute("errors", Map.of("mobile", messages.getMessage("identity.mobile.invalid", null, locale)));
            model.addAttribute("values", Map.of("mobile", mobile));
            return "identity/mobile";
        }
        session.setAttribute(PENDING, pending.get());
        model.addAttribute("pending", pending.get());
        model.addAttribute("counter", counter);
        return "identity/mobile-confirm";
    }

    static void requireReception(Actor actor) {
        if (!actor.has(Role.RECEPTION)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
