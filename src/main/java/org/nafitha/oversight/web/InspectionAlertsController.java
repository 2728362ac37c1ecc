package org.nafitha.oversight.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.oversight.internal.AlertJob;
import org.nafitha.oversight.internal.Alerts;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspectors' alerts: the list beside the questions people asked about looks at their file, one alert
 * with its evidence, taking it and closing it with a finding. Reading an alert is itself logged.
 */
@Controller
@RequestMapping("/inspection")
class InspectionAlertsController {

    private final AuditTrail audit;
    private final Alerts alerts;
    private final AlertJob job;

    InspectionAlertsController(AuditTrail audit, Alerts alerts, AlertJob job) {
        this.audit = audit;
        this.alerts = alerts;
        this.job = job;
    }

    @GetMapping("/alerts")
    String alerts(@RequestParam(required = false) Alerts.@Nullable Status status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("alerts", alerts.list(status));
        model.addAttribute("questions", audit.questions());
        return "oversight/alerts";
    }

    @PostMapping("/alerts/evaluate")
    String evaluate(RedirectAttributes redirect) {
        redirect.addFlashAttribute("raised", job.evaluateNow());
        return "redirect:/inspection/alerts";
    }

    @GetMapping("/alerts/{id}")
    String alert(@PathVariable UUID id, Actor actor, Model model) {
        var alert = alerts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.recordAlone(new AuditEntry(actor.username(), Role.INSPECTOR.name(), "oversight.alert.read", null, null,
                id.toString(), actor.department()));
        model.addAttribute("alert", alert);
        model.addAttribute("evidence", audit.byIds(alert.evidence()));
        return "oversight/alert";
    }

    @PostMapping("/alerts/{id}/take")
    String take(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        if (!alerts.take(id, actor)) redirect.addFlashAttribute("banner", "oversight.alert.notOpen");
        return "redirect:/inspection/alerts/" + id;
    }

    @PostMapping("/alerts/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String finding, Actor actor, Model model,
                 RedirectAttributes redirect) {
        var alert = alerts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (finding.isBlank()) {
            model.addAttribute("alert", alert);
            model.addAttribute("evidence", audit.byIds(alert.evidence()));
            model.addAttribute("findingError", true);
            return "oversight/alert";
        }
        if (!alerts.close(id, actor, finding)) redirect.addFlashAttribute("banner", "oversight.alert.alreadyClosed");
        return "redirect:/inspection/alerts/" + id;
    }
}
