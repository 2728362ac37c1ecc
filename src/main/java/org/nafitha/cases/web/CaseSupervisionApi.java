package org.nafitha.cases.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.Supervising;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A head's hand on the department's cases: reassigning one, with a reason, and marking one urgent. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Casework (staff)")
@SecurityRequirement(name = "bearer")
class CaseSupervisionApi {

    private final Supervising supervising;
    private final CaseProblems problems;

    CaseSupervisionApi(Supervising supervising, CaseProblems problems) {
        this.supervising = supervising;
        this.problems = problems;
    }

    record Reassignment(@Schema(example = "officer2") String assignee,
                        @Schema(example = "الموظف المكلف في إجازة حتى نهاية الأسبوع") String reason,
                        @Schema(example = "3") @Nullable Integer version) {
    }

    record Urgency(@Schema(example = "المراجع مسافر للعلاج خلال أسبوع ويحتاج الجواز قبل سفره") String reason,
                   @Schema(example = "3") @Nullable Integer version) {
    }

    @Operation(operationId = "staffCasesReassign",
            summary = "Reassign a case (heads only), with a reason, to someone who can work it in its state")
    @ApiResponse(responseCode = "204", description = "reassigned", content = @Content)
    @PutMapping("/cases/{reference}/assignee")
    ResponseEntity<?> reassign(@PathVariable String reference, @RequestBody Reassignment body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var refusal = supervising.reassign(ref.get(), String.valueOf(body.assignee()), body.reason(), body.version(), actor);
        return refusal == null ? ResponseEntity.noContent().build() : problems.refused(refusal);
    }

    @Operation(operationId = "staffCasesUrgent",
            summary = "Mark a case urgent, with a reason; urgent cases come first in the queue")
    @ApiResponse(responseCode = "204", description = "marked urgent", content = @Content)
    @PutMapping("/cases/{reference}/urgent")
    ResponseEntity<?> urgent(@PathVariable String reference, @RequestBody Urgency body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var refusal = supervising.markUrgent(ref.get(), body.reason(), body.version(), actor);
        return refusal == null ? ResponseEntity.noContent().build() : problems.refused(refusal);
    }
}
