package org.nafitha.detention.web;

import java.util.UUID;

import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalId;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Relation;
import org.nafitha.detention.internal.EditingVisitRules;
import org.nafitha.detention.internal.ManagingContacts;
import org.nafitha.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who may visit a detainee, set by the staff of their facility from the detainee's file
 * ({@link StaffDetaineePages}): a relative proposed as a contact, the monthly visit quota.
 */
@Controller
class DetaineeVisitorPages {

    private final ManagingContacts managing;
    private final EditingVisitRules rules;

    DetaineeVisitorPages(ManagingContacts managing, EditingVisitRules rules) {
        this.managing = managing;
        this.rules = rules;
    }

    @PostMapping("/staff/detention/detainees/{id}/contacts")
    String propose(@PathVariable UUID id, @RequestParam String person, @RequestParam Relation relation, Actor actor,
                   RedirectAttributes redirect) {
        var digits = ArabicDigits.digitsOnly(ArabicDigits.toLatin(person));
        if (!digits.matches("\\d{4,20}")) return StaffDetaineePages.done(id, DetentionError.NOT_A_RELATIVE, redirect);
        return StaffDetaineePages.done(id, managing.propose(actor, id, new NationalId(digits), relation).orElse(null), redirect);
    }

    @PostMapping("/staff/detention/detainees/{id}/quota")
    String quota(@PathVariable UUID id, @RequestParam String visits, Actor actor, RedirectAttributes redirect) {
        try {
            var n = Integer.parseInt(ArabicDigits.toLatin(visits.strip()));
            return StaffDetaineePages.done(id, rules.setMonthlyVisits(actor, id, n).orElse(null), redirect);
        } catch (NumberFormatException unreadable) {
            return StaffDetaineePages.done(id, DetentionError.BAD_AMOUNT, redirect);
        }
    }
}
