package org.nafitha.payments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.CountryProperties;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.Reconciliations;
import org.nafitha.payments.internal.RefundingCharges;
import org.nafitha.payments.internal.Refunds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's page: refunds proposed by one officer and approved by another, and a day's
 * reconciliation with each difference closed with a note ({@link FinanceReconciliationPages}). Plain
 * forms; every rule is the one the finance API applies, in {@link RefundingCharges} and
 * {@link Reconciliations}.
 */
@Controller
class FinanceController {

    private final Refunds refunds;
    private final RefundingCharges refunding;
    private final Reconciliations reconciliations;
    private final Clock clock;
    private final CountryProperties country;

    FinanceController(Refunds refunds, RefundingCharges refunding, Reconciliations reconciliations, Clock clock,
                      CountryProperties country) {
        this.refunds = refunds;
        this.refunding = refunding;
        this.reconciliations = reconciliations;
        this.clock = clock;
        this.country = country;
    }

    @GetMapping("/staff/finance")
    String page(@RequestParam(required = false) @Nullable LocalDate day, Actor actor, Model model) {
        financeOnly(actor);
        return page(actor, day, new RefundForm(null, null, null), Map.of(), model);
    }

    @PostMapping("/staff/finance/refunds")
    String propose(@ModelAttribute RefundForm form, Actor actor, Model model, RedirectAttributes redirect) {
        financeOnly(actor);
        var amount = form.typedAmount();
        if (amount == null) return page(actor, null, form, Map.of("amount", PaymentError.BAD_AMOUNT), model);
        ChargeId charge;
        try {
            charge = ChargeId.parse(form.chargeId() == null ? "" : form.chargeId().strip());
        } catch (IllegalArgumentException notAnId) {
            return page(actor, null, form, Map.of("chargeId", PaymentError.NOT_REFUNDABLE), model);
        }
        return switch (refunding.propose(actor, charge, amount, form.reason() == null ? "" : form.reason())) {
            case RefundingCharges.Done done -> {
                redirect.addFlashAttribute("done", "payments.finance.proposed");
                yield "redirect:/staff/finance";
            }
            case RefundingCharges.Refused refused -> page(actor, null, form, Map.of(field(refused.error()), refused.error()), model);
        };
    }

    @PostMapping("/staff/finance/refunds/{id}/approval")
    String approve(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        financeOnly(actor);
        switch (refunding.approve(actor, id)) {
            case RefundingCharges.Done done -> redirect.addFlashAttribute("done", "payments.finance.approved");
            case RefundingCharges.Refused refused -> redirect.addFlashAttribute("failure", refused.error().messageKey());
        }
        return "redirect:/staff/finance";
    }

    private String page(Actor actor, @Nullable LocalDate day, RefundForm form, Map<String, PaymentError> errors, Model model) {
        var shown = day != null ? day : LocalDate.now(clock.withZone(country.zone())).minusDays(1);
        model.addAttribute("officer", actor.username());
        model.addAttribute("proposed", refunds.proposed());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("day", shown);
        model.addAttribute("reconciliation", reconciliations.find(shown).orElse(null));
        return "payments/finance";
    }

    private static String field(PaymentError error) {
        return switch (error) {
            case BAD_AMOUNT, REFUND_ABOVE_PAID -> "amount";
            case REASON_REQUIRED -> "reason";
            default -> "chargeId";
        };
    }

    static void financeOnly(Actor actor) {
        if (!actor.has(Role.FINANCE)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
