package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.nafitha.identity.Role;

@Controller
class SignInController {

    @GetMapping("/signin")
    String signIn() {
        return "identity/signin";
    }

    /** Where a fresh sign-in lands: staff at their queue, applicants at their applications. */
    @GetMapping("/me")
    String me(Actor actor) {
        if (actor.has(Role.ADMIN)) return "redirect:/admin/staff";
        if (actor.has(Role.RECEPTION)) return "redirect:/reception";
        // The communication centre answers in writing, at its own inbox.
        if (actor.has(Role.AGENT) && "communication-centre".equals(actor.department())) {
            return "redirect:/staff/communication";
        }
        if (actor.has(Role.AGENT)) return "redirect:/call-centre";
        if (actor.isPrisonStaff()) return "redirect:/staff/detention";
        if (actor.has(Role.OPERATIONS_ROOM)) return "redirect:/municipal/operations";
        if (actor.has(Role.MUNICIPAL_AFFAIRS)) return "redirect:/municipal/reviews";
        if (actor.has(Role.LEADERSHIP)) return "redirect:/staff/analytics";
        if (actor.has(Role.INTERPRETER)) return "redirect:/staff/meetings/interpreting";
        // A municipality's official or mukhtar lands on their municipality's page (assessments, complaints).
        if (actor.roles().stream().anyMatch(Role::isMunicipal)) return "redirect:/municipal/home";
        return actor.isStaff() ? "redirect:/staff/queue" : "redirect:/applications";
    }
}
