package org.nafitha.cases.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

/**
 * The applicant's side of cases: apply. Following the timeline is {@link MyApplicationsApi}, adding
 * documents {@link ApplicationDocumentsApi}, answering questions and appealing {@link ApplicationFollowUpApi}.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationsApi {

    private final SubmittingCases submitting;
    private final CaseProblems problems;

    ApplicationsApi(SubmittingCases submitting, CaseProblems problems) {
        this.submitting = submitting;
        this.problems = problems;
    }

    /** @param onBehalfOf national ID of the person applied for, when acting under a mandate */
    record NewApplication(@Schema(example = "good-conduct-certificate") String serviceCode,
                          @Schema(example = """
                                  {"purpose": "study", "addressedTo": "جامعة الملك سعود", "language": "ar",
                                   "mobile": "0551234567"}""") @Nullable Map<String, Object> fields,
                          @Schema(example = "2193746506") @Nullable String onBehalfOf) {
    }

    record Created(String reference, String status) {
    }

    @Operation(summary = "Apply for a service. The same Idempotency-Key with the same body returns the same case.")
    @ApiResponse(responseCode = "201", description = "submitted (the same key again: the same case)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "GCC-2026-004512-3", "status": "SUBMITTED"}""")))
    @PostMapping
    ResponseEntity<?> apply(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false)
                            @Nullable String key, @RequestBody NewApplication body, Actor actor) {
        if (key == null || key.isBlank() || key.length() > 128) {
            return problems.refused(Refusal.IDEMPOTENCY_KEY_REQUIRED);
        }
        if (body.serviceCode() == null) return problems.refused(Refusal.SERVICE_CODE_REQUIRED);
        var input = new LinkedHashMap<String, String>();
        if (body.fields() != null) body.fields().forEach((k, v) -> input.put(k, v == null ? "" : v.toString()));
        var outcome = submitting.submit(new Submission(actor, body.serviceCode(), input, Map.of(), key,
                body.onBehalfOf()));
        return switch (outcome) {
            case SubmissionOutcome.Submitted s -> ResponseEntity
                    .created(URI.create("/api/v1/applications/" + s.reference()))
                    .header("Idempotent-Replayed", String.valueOf(s.replay()))
                    .body(new Created(s.reference().value(), s.status()));
            case SubmissionOutcome.Invalid invalid -> problems.invalid(invalid.errors());
            case SubmissionOutcome.UnknownService u -> problems.refused(Refusal.UNKNOWN_SERVICE);
            case SubmissionOutcome.KeyReused r -> problems.refused(Refusal.IDEMPOTENCY_KEY_REUSED);
            case SubmissionOutcome.NotAnApplicant n -> problems.refused(Refusal.NOT_AN_APPLICANT);
            case SubmissionOutcome.MandateRefused m -> problems.refused(Refusal.mandate(m.reason()));
            case SubmissionOutcome.UnpaidFines u -> {
                var refused = problems.refused(Refusal.UNPAID_FINES);
                Objects.requireNonNull(refused.getBody()).setProperty("unpaidTotal", u.total());
                refused.getBody().setProperty("pay", "/api/v1/payments/due");
                yield refused;
            }
        };
    }
}
