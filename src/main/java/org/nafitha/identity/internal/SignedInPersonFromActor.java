package org.nafitha.identity.internal;

import java.util.Optional;

import org.nafitha.country.NationalId;
import org.nafitha.identity.CurrentActor;
import org.nafitha.registers.SignedInPerson;
import org.springframework.stereotype.Component;

/** Tells the registers whose records to show: the signed-in citizen or resident, never staff. */
@Component
class SignedInPersonFromActor implements SignedInPerson {

    private final CurrentActor actor;

    SignedInPersonFromActor(CurrentActor actor) {
        this.actor = actor;
    }

    @Override
    public Optional<NationalId> nationalId() {
        return actor.get().filter(a -> !a.isStaff() && a.nationalId() != null).map(a -> new NationalId(a.nationalId()));
    }
}
