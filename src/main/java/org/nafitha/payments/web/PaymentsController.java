package org.nafitha.payments.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.internal.Charge;
import org.nafitha.payments.internal.Charges;
import org.nafitha.payments.internal.CreatingCharges;
import org.nafitha.payments.internal.IssuingReceipts;
import org.nafitha.payments.internal.OwedDues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import java.util.Locale;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.payments.ChargeStatus;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What I owe" (ما عليّ من مستحقات): fees of applications awaiting payment and unpaid fines, each
 * line shown before paying, paid together by card or by bill number. A plain form; the page's own
 * idempotency key makes a double click one charge.
 */
@Controller
class PaymentsController {

    /** @param items the dues ticked; {@code key} the idempotency key the page was rendered with */
    record PayForm(@Nullable List<UUID> items, Charge.@Nullable Method method, @Nullable String key) {
    }

    private final OwedDues owed;
    private final CreatingCharges creating;
    private final Charges charges;
    private final IssuingReceipts receipts;
    private final Catalogue catalogue;

    PaymentsController(OwedDues owed, CreatingCharges creating, Charges charges, IssuingReceipts receipts,
                       Catalogue catalogue) {
        this.catalogue = catalogue;
        this.owed = owed;
        this.creating = creating;
        this.charges = charges;
        this.receipts = receipts;
    }

    @GetMapping("/payments")
    String owed(Actor actor, Model model,
                @RequestParam(required = false) @Nullable String blocked,
                Locale locale) {
        if (blocked != null) catalogue.find(blocked).ifPresent(s -> model.addAttribute("blocked", s.name().in(locale)));
        return owed(actor, model);
    }

    private String owed(Actor actor, Model model) {
        model.addAttribute("dues", actor.nationalId() == null ? List.of() : owed.of(actor.nationalId()));
        model.addAttribute("key", UUID.randomUUID().toString());
        return "payments/owed";
    }

    @PostMapping("/payments")
    String pay(@ModelAttribute PayForm form, Actor actor, Model model) {
        var key = form.key() == null || form.key().isBlank() ? UUID.randomUUID().toString() : form.key();
        var items = form.items() == null ? List.<UUID>of() : form.items();
        var method = form.method() == null ? Charge.Method.CARD : form.method();
        return switch (creating.create(actor, key, items, method)) {
            case CreatingCharges.Created created -> created.charge().redirectUrl() != null
                    && created.charge().status() == ChargeStatus.PENDING
                    ? "redirect:" + created.charge().redirectUrl()
                    : "redirect:/payments/" + created.charge().id() + "/return";
            case CreatingCharges.Refused refused -> {
                model.addAttribute("error", refused.error().messageKey());
                yield owed(actor, model);
            }
        };
    }

    @GetMapping("/payments/{id}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String id, Actor actor) {
        var charge = PaymentReturnController.mine(charges, id, actor);
        var pdf = receipts.receipt(charge).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"receipt-" + charge.id() + ".pdf\"").body(pdf);
    }
}
