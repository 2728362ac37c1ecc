package org.nafitha.cases.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CallCentre;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffNames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** A case as the agent may tell the caller: where it is, who must act next, the calls logged on it. */
@Component
class CallCentreCasePage {

    private final CallCentre callCentre;
    private final Catalogue catalogue;
    private final StaffNames staffNames;
    private final FieldMessages messages;

    CallCentreCasePage(CallCentre callCentre, Catalogue catalogue, StaffNames staffNames, FieldMessages messages) {
        this.callCentre = callCentre;
        this.catalogue = catalogue;
        this.staffNames = staffNames;
        this.messages = messages;
    }

    String render(CaseReference reference, String reason, Actor actor, Model model, Locale locale) {
        var found = callCentre.lookUp(reference, reason, actor);
        if (found.isEmpty()) {
            model.addAttribute("errors", Map.of("query", messages.message("cases.callcentre.notFound", locale)));
            return "cases/callcentre/desk";
        }
        var w = found.get();
        model.addAttribute("where", w);
        model.addAttribute("service", catalogue.find(w.serviceCode()).orElse(null));
        var people = new HashSet<String>();
        if (w.assignee() != null) people.add(w.assignee());
        w.calls().forEach(c -> people.add(c.author()));
        model.addAttribute("names", staffNames.of(people, locale));
        return "cases/callcentre/case";
    }

    static void requireAgent(Actor actor) {
        if (!actor.has(Role.AGENT)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
