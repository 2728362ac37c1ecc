package org.nafitha.cases.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.identity.MandateCheck;
import org.nafitha.identity.Mandates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** "For whom": oneself or a person one holds a valid mandate for, in this service. */
@Component
class Principals {

    private final Mandates mandates;

    Principals(Mandates mandates) {
        this.mandates = mandates;
    }

    boolean representsAnyone(Actor actor, String serviceCode) {
        return !mandates.representedBy(actor, serviceCode).isEmpty();
    }

    /** The refusal reason (a {@link MandateCheck.Reason} name), or null when the actor may act for them. */
    @Nullable String check(Actor actor, String principal, String serviceCode) {
        return mandates.check(actor, principal, serviceCode) instanceof MandateCheck.Refused(var reason)
                ? reason.name() : null;
    }

    String choice(ServiceDefinition service, Actor actor, @Nullable String refusal, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("represented", mandates.representedBy(actor, service.code()));
        model.addAttribute("refusal", refusal);
        return "cases/for-whom";
    }
}
