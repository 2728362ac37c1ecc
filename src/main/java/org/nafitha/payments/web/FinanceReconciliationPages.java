package org.nafitha.payments.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.payments.PaymentError;
import org.nafitha.payments.internal.DailyReconciliation;
import org.nafitha.payments.internal.PaymentGateway;
import org.nafitha.payments.internal.Reconciliations;
import org.nafitha.payments.internal.SettlementFile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance page's reconciliation forms ({@link FinanceController} shows the page): run a day's
 * reconciliation from the gateway's settlement file, close a difference with a note.
 */
@Controller
class FinanceReconciliationPages {

    private final Reconciliations reconciliations;
    private final DailyReconciliation daily;

    FinanceReconciliationPages(Reconciliations reconciliations, DailyReconciliation daily) {
        this.reconciliations = reconciliations;
        this.daily = daily;
    }

    @PostMapping("/staff/finance/reconciliations")
    String reconcile(@RequestParam LocalDate day, Actor actor, RedirectAttributes redirect) {
        FinanceController.financeOnly(actor);
        try {
            if (daily.reconcileFromGateway(day).isEmpty()) {
                redirect.addFlashAttribute("failure", PaymentError.RECONCILED_ALREADY.messageKey());
            }
        } catch (PaymentGateway.GatewayUnavailable | SettlementFile.Unreadable failed) {
            redirect.addFlashAttribute("failure", PaymentError.GATEWAY_UNAVAILABLE.messageKey());
        }
        return "redirect:/staff/finance?day=" + day;
    }

    @PostMapping("/staff/finance/differences/{id}/close")
    String close(@PathVariable UUID id, @RequestParam LocalDate day, @RequestParam(required = false) @Nullable String note,
                 Actor actor, RedirectAttributes redirect) {
        FinanceController.financeOnly(actor);
        reconciliations.close(id, actor, note == null ? "" : note).ifPresentOrElse(
                error -> redirect.addFlashAttribute("failure", error.messageKey()),
                () -> redirect.addFlashAttribute("done", "payments.finance.closed"));
        return "redirect:/staff/finance?day=" + day;
    }
}
