package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.NationalId;
import org.nafitha.identity.AccessibilityNeeds;
import org.nafitha.identity.AccessibilityNeedsForm;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person records their own accessibility needs on their account. */
@Controller
class AccessibilityNeedsController {

    private final AccessibilityNeeds needs;

    AccessibilityNeedsController(AccessibilityNeeds needs) {
        this.needs = needs;
    }

    @GetMapping("/account/needs")
    String form(Actor actor, Model model) {
        model.addAttribute("needsForm", AccessibilityNeedsForm.of(needs.of(person(actor))));
        return "identity/needs";
    }

    @PostMapping("/account/needs")
    String save(@RequestParam(name = "need", required = false) @Nullable List<String> ticked,
                @RequestParam Map<String, String> params, Actor actor, Model model, RedirectAttributes redirect) {
        var form = AccessibilityNeedsForm.read(ticked, params);
        if (!form.tooLong().isEmpty()) {
            model.addAttribute("needsForm", form);
            return "identity/needs";
        }
        needs.replace(person(actor), form.needs(), actor);
        redirect.addFlashAttribute("banner", "identity.needs.saved");
        return "redirect:/account/needs";
    }

    private static NationalId person(Actor actor) {
        if (actor.nationalId() == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return new NationalId(actor.nationalId());
    }
}
