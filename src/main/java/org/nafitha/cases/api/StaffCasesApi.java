package org.nafitha.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The department's side: the queue, a case file (each read audited), and decisions. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Casework (staff)")
@SecurityRequirement(name = "bearer")
class StaffCasesApi {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final CaseProblems problems;

    StaffCasesApi(ReadingCases reading, DecidingCases deciding, CaseProblems problems) {
        this.reading = reading;
        this.deciding = deciding;
        this.problems = problems;
    }

    record QueueItem(String reference, String serviceCode, String status, Instant submittedAt) {
    }

    record CaseFile(String reference, String serviceCode, String status, int version, String applicant,
                    Map<String, String> fields, Map<String, List<UUID>> documents,
                    List<ApplicationsApi.Step> timeline) {
    }

    /**
     * @param version the case version the decision was made on; a stale one gets 409
     */
    record Decision(String action, @Nullable String note, @Nullable Integer version) {
    }

    record Decided(String reference, String status, int version) {
    }

    @Operation(summary = "Cases waiting for me, oldest first")
    @GetMapping("/queue")
    List<QueueItem> queue(Actor actor) {
        return reading.queue(actor).stream()
                .map(c -> new QueueItem(c.reference().value(), c.serviceCode(), c.status(), c.submittedAt())).toList();
    }

    @Operation(summary = "A case file of my department (the read is recorded in the audit trail)")
    @GetMapping("/cases/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "casework"))
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(new CaseFile(v.caseFile().reference().value(),
                        v.caseFile().serviceCode(), v.caseFile().status(), v.caseFile().version(),
                        v.caseFile().applicant(), v.caseFile().answers(), v.documents(),
                        v.timeline().stream().map(ApplicationsApi::step).toList())))
                .orElseGet(() -> problems.of(HttpStatus.NOT_FOUND, "cases.notFound"));
    }

    @Operation(summary = "Take a workflow step: approve, reject, request-info, confirm, return")
    @PostMapping("/cases/{reference}/decisions")
    ResponseEntity<?> decide(@PathVariable String reference, @RequestBody Decision decision, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.of(HttpStatus.NOT_FOUND, "cases.notFound");
        if (decision.action() == null) return problems.refused(org.nafitha.cases.internal.Refusal.UNKNOWN_ACTION);
        return switch (deciding.take(ref.get(), decision.action(), decision.note(), decision.version(), actor)) {
            case DecisionOutcome.Taken t -> ResponseEntity.ok(new Decided(ref.get().value(), t.status(), t.version()));
            case DecisionOutcome.Refused r -> problems.refused(r.refusal());
        };
    }
}
