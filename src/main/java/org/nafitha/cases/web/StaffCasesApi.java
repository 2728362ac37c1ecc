package org.nafitha.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.Supervising;
import org.springframework.web.bind.annotation.PutMapping;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** The department's side: the queue, a case file (each read audited), and decisions. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Casework (staff)")
@SecurityRequirement(name = "bearer")
class StaffCasesApi {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final CaseProblems problems;
    private final Supervising supervising;
    private final CaseNotes notes;
    private final Clock clock;

    StaffCasesApi(ReadingCases reading, DecidingCases deciding, CaseProblems problems, Supervising supervising,
                  CaseNotes notes, Clock clock) {
        this.supervising = supervising;
        this.notes = notes;
        this.clock = clock;
        this.reading = reading;
        this.deciding = deciding;
        this.problems = problems;
    }

    record QueueItem(@Schema(example = "PSP-2026-000123-3") String reference,
                     @Schema(example = "passport-renewal") String serviceCode,
                     @Schema(example = "SUBMITTED") String status,
                     @Schema(example = "2026-03-14T09:12:40+03:00") Instant submittedAt,
                     @Schema(example = "officer1") @Nullable String assignee,
                     @Schema(example = "false") boolean urgent,
                     @Schema(example = "2026-03-21T09:12:40+03:00") @Nullable Instant dueAt,
                     @Schema(example = "false") boolean late) {
    }

    record CaseFile(String reference, String serviceCode, String status, int version, String applicant,
                    Map<String, String> fields, Map<String, List<UUID>> documents,
                    List<ApplicationsApi.Step> timeline) {
    }

    /**
     * @param reason  the code of one of the service's standard reasons (to refuse or ask for information)
     * @param version the case version the decision was made on; a stale one gets 409
     */
    record Decision(@Schema(example = "request-info") String action,
                    @Schema(example = "photo-not-compliant") @Nullable String reason,
                    @Schema(example = "نرجو إرفاق صورة شخصية حديثة بخلفية بيضاء") @Nullable String note,
                    @Schema(example = "3") @Nullable Integer version) {
    }

    record Reassignment(@Schema(example = "officer2") String assignee,
                        @Schema(example = "الموظف المكلف في إجازة حتى نهاية الأسبوع") String reason,
                        @Schema(example = "3") @Nullable Integer version) {
    }

    record Urgency(@Schema(example = "المراجع مسافر للعلاج خلال أسبوع ويحتاج الجواز قبل سفره") String reason,
                   @Schema(example = "3") @Nullable Integer version) {
    }

    record NewNote(@Schema(example = "تم التحقق من بيانات الجواز السابق مع السجل المدني") String body,
                   @Schema(example = "true") boolean internal) {
    }

    record Decided(String reference, String status, int version) {
    }

    @Operation(summary = "Cases waiting for me, oldest first")
    @GetMapping("/queue")
    List<QueueItem> queue(Actor actor) {
        var now = clock.instant();
        return reading.queue(actor).stream()
                .map(c -> new QueueItem(c.reference().value(), c.serviceCode(), c.status(), c.submittedAt(),
                        c.assignee(), c.urgent(), c.dueAt(), c.breached(now))).toList();
    }

    @Operation(summary = "A case file of my department (the read is recorded in the audit trail)")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "serviceCode": "passport-renewal", "status": "SUBMITTED", "version": 2,
             "applicant": "1047382914",
             "fields": {"fullName": "محمد عبد الرحيم خان", "dateOfBirth": "1988-05-17", "currentPassportNumber": "X4829173",
                        "validityYears": "10", "mobile": "0551234567"},
             "documents": {"photo": ["7c9e6679-7425-40de-944b-e07fc1f90ae7"]},
             "timeline": [{"at": "2026-03-14T09:12:40+03:00", "status": "SUBMITTED", "action": "submit",
                           "actorRole": "APPLICANT"}]}""")))
    @GetMapping("/cases/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "casework"))
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(new CaseFile(v.caseFile().reference().value(),
                        v.caseFile().serviceCode(), v.caseFile().status(), v.caseFile().version(),
                        v.caseFile().applicant(), v.caseFile().answers(), v.documents(),
                        v.timeline().stream().map(ApplicationsApi::step).toList())))
                .orElseGet(() -> problems.refused(Refusal.CASE_NOT_FOUND));
    }

    @Operation(summary = "Take a workflow step: approve, reject, request-info, confirm, return")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "status": "INFO_REQUESTED", "version": 4}""")))
    @PostMapping("/cases/{reference}/decisions")
    ResponseEntity<?> decide(@PathVariable String reference, @RequestBody Decision decision, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        if (decision.action() == null) return problems.refused(Refusal.UNKNOWN_ACTION);
        return switch (deciding.take(ref.get(), decision.action(), decision.reason(), decision.note(), decision.version(),
                actor)) {
            case DecisionOutcome.Taken t -> ResponseEntity.ok(new Decided(ref.get().value(), t.status(), t.version()));
            case DecisionOutcome.Refused r -> r.refusal() == Refusal.NOT_ALLOWED_IN_STATE || r.refusal() == Refusal.UNKNOWN_ACTION
                    ? problems.refused(r.refusal(), "allowed", reading.allowedActions(ref.get(), actor))
                    : problems.refused(r.refusal());
        };
    }

    @Operation(summary = "Reassign a case (heads only), with a reason, to someone who can work it in its state")
    @ApiResponse(responseCode = "204", description = "reassigned", content = @Content)
    @PutMapping("/cases/{reference}/assignee")
    ResponseEntity<?> reassign(@PathVariable String reference, @RequestBody Reassignment body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var refusal = supervising.reassign(ref.get(), String.valueOf(body.assignee()), body.reason(), body.version(), actor);
        return refusal == null ? ResponseEntity.noContent().build() : problems.refused(refusal);
    }

    @Operation(summary = "Mark a case urgent, with a reason; urgent cases come first in the queue")
    @ApiResponse(responseCode = "204", description = "marked urgent", content = @Content)
    @PutMapping("/cases/{reference}/urgent")
    ResponseEntity<?> urgent(@PathVariable String reference, @RequestBody Urgency body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var refusal = supervising.markUrgent(ref.get(), body.reason(), body.version(), actor);
        return refusal == null ? ResponseEntity.noContent().build() : problems.refused(refusal);
    }

    @Operation(summary = "Add an internal note (staff only) or a message to the applicant")
    @ApiResponse(responseCode = "201", description = "added", content = @Content)
    @PostMapping("/cases/{reference}/notes")
    ResponseEntity<?> note(@PathVariable String reference, @RequestBody NewNote body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        return switch (notes.add(ref.get(), actor, body.internal(), body.body())) {
            case ADDED -> ResponseEntity.status(HttpStatus.CREATED).build();
            case NOT_FOUND -> problems.refused(Refusal.CASE_NOT_FOUND);
            case NOT_PERMITTED -> problems.refused(Refusal.NOTE_NOT_PERMITTED);
            case EMPTY -> problems.refused(Refusal.NOTE_EMPTY);
            case TOO_LONG -> problems.refused(Refusal.NOTE_TOO_LONG);
        };
    }
}
