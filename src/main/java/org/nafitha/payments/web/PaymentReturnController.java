package org.nafitha.payments.web;

import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.internal.Charges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.nafitha.payments.internal.Charge;
import org.springframework.http.HttpStatus;

/**
 * Where the gateway sends the person back. It shows the charge as we know it: coming back proves
 * nothing, only the gateway's signed notification or our status query moves the charge.
 */
@Controller
class PaymentReturnController {

    private final Charges charges;

    PaymentReturnController(Charges charges) {
        this.charges = charges;
    }

    @GetMapping("/payments/{id}/return")
    String back(@PathVariable String id, Actor actor, Model model) {
        model.addAttribute("charge", mine(charges, id, actor));
        return "payments/return";
    }

    /** The actor's own charge, or 404 for anything else (someone else's is not found either). */
    static Charge mine(Charges charges, String id, Actor actor) {
        ChargeId chargeId;
        try {
            chargeId = ChargeId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return charges.find(chargeId)
                .filter(c -> c.payer().equals(actor.nationalId()) || c.createdBy().equals(actor.username()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
