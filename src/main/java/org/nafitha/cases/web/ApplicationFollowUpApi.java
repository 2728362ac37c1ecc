package org.nafitha.cases.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.Appeals;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The applicant answering the department's request for information, and appealing a refusal. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationFollowUpApi {

    private final DecidingCases deciding;
    private final Appeals appeals;
    private final CaseProblems problems;

    ApplicationFollowUpApi(DecidingCases deciding, Appeals appeals, CaseProblems problems) {
        this.deciding = deciding;
        this.appeals = appeals;
        this.problems = problems;
    }

    record AppealRequest(@Schema(example = "أرفقت صورة جديدة بخلفية بيضاء وفق المواصفات، وأرجو إعادة النظر في الطلب")
                         @Nullable String grounds) {
    }

    record Information(@Schema(example = "أرفقت صورة شخصية حديثة بخلفية بيضاء كما طُلب") String note) {
    }

    @Operation(operationId = "applicationsInformation",
            summary = "Answer the department's request for more information")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "status": "SUBMITTED"}""")))
    @PostMapping("/{reference}/information")
    ResponseEntity<?> information(@PathVariable String reference, @RequestBody Information body, Actor actor) {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var outcome = deciding.take(ref.get(), "provide-info", body.note(), null, actor);
        return switch (outcome) {
            case DecisionOutcome.Taken t -> ResponseEntity.ok(new ApplicationsApi.Created(ref.get().value(), t.status()));
            case DecisionOutcome.Refused r -> problems.refused(r.refusal());
        };
    }

    @Operation(operationId = "applicationsAppeal",
            summary = "Appeal a refused application: a new case, decided by others than those who refused")
    @ApiResponse(responseCode = "201", description = "the appeal, a new case (200 when this key already made it)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000782-6", "status": "SUBMITTED"}""")))
    @PostMapping("/{reference}/appeals")
    ResponseEntity<?> appeal(@PathVariable String reference,
                             @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                             @RequestBody AppealRequest body, Actor actor) {
        if (key == null || key.isBlank()) return problems.refused(Refusal.IDEMPOTENCY_KEY_REQUIRED);
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        return switch (appeals.appeal(ref.get(), body.grounds(), actor)) {
            case Appeals.Outcome.Appealed a -> ResponseEntity.status(a.existing() ? HttpStatus.OK : HttpStatus.CREATED)
                    .location(URI.create("/api/v1/applications/" + a.appeal()))
                    .body(new ApplicationsApi.Created(a.appeal().value(), "SUBMITTED"));
            case Appeals.Outcome.Refused r -> problems.refused(r.refusal());
        };
    }
}
