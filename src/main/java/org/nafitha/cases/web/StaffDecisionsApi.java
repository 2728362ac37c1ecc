package org.nafitha.cases.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.CaseNotes;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** What staff write on a case of their department: a workflow step, a note or a message to the applicant. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Casework (staff)")
@SecurityRequirement(name = "bearer")
class StaffDecisionsApi {

    private final ReadingCases reading;
    private final DecidingCases deciding;
    private final CaseNotes notes;
    private final CaseProblems problems;

    StaffDecisionsApi(ReadingCases reading, DecidingCases deciding, CaseNotes notes, CaseProblems problems) {
        this.reading = reading;
        this.deciding = deciding;
        this.notes = notes;
        this.problems = problems;
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

    record NewNote(@Schema(example = "تم التحقق من بيانات الجواز السابق مع السجل المدني") String body,
                   @Schema(example = "true") boolean internal) {
    }

    record Decided(String reference, String status, int version) {
    }

    @Operation(operationId = "staffCasesDecide",
            summary = "Take a workflow step: approve, reject, request-info, confirm, return")
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

    @Operation(operationId = "staffCasesNote",
            summary = "Add an internal note (staff only) or a message to the applicant")
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
