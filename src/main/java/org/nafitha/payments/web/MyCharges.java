package org.nafitha.payments.web;

import java.util.Optional;

import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.internal.Charge;
import org.nafitha.payments.internal.Charges;
import org.springframework.stereotype.Component;

/** One of the caller's payments by the id in the URL: theirs when they pay it or made it; anyone else's is not found. */
@Component
class MyCharges {

    private final Charges charges;

    MyCharges(Charges charges) {
        this.charges = charges;
    }

    Optional<Charge> find(String id, Actor actor) {
        try {
            return charges.find(ChargeId.parse(id))
                    .filter(c -> c.payer().equals(actor.nationalId()) || c.createdBy().equals(actor.username()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
