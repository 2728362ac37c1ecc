package org.nafitha.detention.web;

import java.net.URI;
import java.util.Comparator;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.internal.DetentionRequest;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.Following;
import org.nafitha.detention.internal.Looks;
import org.nafitha.detention.internal.SubmittingRequests;
import org.nafitha.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A family's requests about a detainee they follow ({@link DetaineesApi}): theirs listed, a new one
 * asked. The operation ids are the detainees API's; a detainee they may not follow is not found.
 */
@RestController
@RequestMapping("/api/v1/detainees")
@Tag(name = "Detainees")
class DetaineeRequestsApi {

    record Created(String reference, String status) {
    }

    private final Following following;
    private final Looks looks;
    private final SubmittingRequests submitting;
    private final DetentionRequests requests;
    private final DetentionProblems problems;

    DetaineeRequestsApi(Following following, Looks looks, SubmittingRequests submitting, DetentionRequests requests,
                        DetentionProblems problems) {
        this.following = following;
        this.looks = looks;
        this.submitting = submitting;
        this.requests = requests;
        this.problems = problems;
    }

    @Operation(operationId = "detaineesRequests", summary = "My requests about a detainee I follow, the latest first: "
            + "a video visit approved with its time carries the call's meeting id; a detainee I may not follow is not found")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = RequestView.class)),
            examples = @ExampleObject(value = """
            [{"reference": "TWS-2026-000318", "type": "VIDEO_VISIT", "status": "APPROVED", "visitOn": "2026-03-14",
              "visitAt": "2026-03-14T10:30:00+03:00", "visitMinutes": 30, "meeting": "8f14e45f-ceea-4a67-9c1d-2b7c3e5a9d10",
              "reason": null, "createdAt": "2026-03-02T19:05:00+03:00"}]""")))
    @GetMapping("/{id}/requests")
    ResponseEntity<?> requests(@PathVariable String id, Actor actor) {
        var followed = DetaineesApi.parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.empty()
                : following.follow(actor.nationalId(), uuid));
        if (followed.isEmpty()) {
            looks.refused(actor, id, "api-requests");
            return problems.of(DetentionError.NOT_FOUND);
        }
        return ResponseEntity.ok(requests.by(actor.nationalId(), DetaineesApi.parse(id).orElseThrow()).stream()
                .sorted(Comparator.comparing(DetentionRequest::createdAt).reversed()).map(RequestView::of).toList());
    }

    @Operation(operationId = "detaineesRequest", summary = "Ask for a visit, a video visit, assistance, a temporary release or a deposit. "
            + "The same Idempotency-Key returns the same request.")
    @ApiResponse(responseCode = "201", description = "submitted",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "TWS-2026-000318", "status": "SUBMITTED"}""")))
    @PostMapping("/{id}/requests")
    ResponseEntity<?> request(@PathVariable String id, @Parameter(required = true)
                              @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                              @RequestBody NewRequest body, Actor actor) {
        var detainee = DetaineesApi.parse(id);
        if (detainee.isEmpty()) {
            looks.refused(actor, id, "api-request");
            return problems.of(DetentionError.NOT_FOUND);
        }
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(DetentionError.IDEMPOTENCY_KEY_REQUIRED);
        var submission = body.submission();
        if (submission.isEmpty()) return problems.of(DetentionError.BAD_TYPE);
        return switch (submitting.submit(actor, detainee.get(), submission.get(), key)) {
            case SubmittingRequests.Submitted s -> ResponseEntity.created(URI.create("/api/v1/detainees/" + id))
                    .header("Idempotent-Replayed", String.valueOf(s.replayed()))
                    .body(new Created(s.request().reference(), s.request().status().name()));
            case SubmittingRequests.Rejected r -> {
                if (r.errors().contains(DetentionError.NOT_FOUND)) looks.refused(actor, id, "api-request");
                yield problems.of(r.errors());
            }
        };
    }
}
