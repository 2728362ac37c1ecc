package org.nafitha.detention.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.ArabicDigits;
import org.nafitha.detention.DetentionError;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.RequestType;
import org.nafitha.detention.Submission;
import org.nafitha.detention.internal.DetentionRequest;
import org.nafitha.detention.internal.DetentionRequests;
import org.nafitha.detention.internal.Disclosing;
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
 * The detainee window for families: the detainees the caller follows and their requests. Every look
 * is audited; a detainee the caller may not follow is answered exactly as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/detainees")
@Tag(name = "Detainees")
class DetaineesApi {

    /**
     * {@code date}: the visit's day or the occasion's; {@code amount}: a deposit, e.g. "250.00"; {@code document} base64;
     * {@code interpreter}: a sign-language interpreter in a video visit's call (left out: as the family member's
     * recorded accessibility needs say), {@code interpreterNote} their words about it.
     */
    @Schema(name = "NewDetentionRequest", example = """
            {"type": "VISIT", "date": "2026-04-02", "details": "زيارة عائلية مع والدته وأخيه الأصغر",
             "occasion": null, "amount": null, "documentName": null, "document": null}""")
    record NewRequest(@Nullable String type, @Nullable String date, @Nullable String details, @Nullable String occasion,
                      @Nullable String amount, @Nullable String documentName, @Nullable String document,
                      @Nullable Boolean interpreter, @Nullable String interpreterNote) {
    }

    record Created(String reference, String status) {
    }

    private final Following following;
    private final Disclosing disclosing;
    private final Looks looks;
    private final SubmittingRequests submitting;
    private final DetentionRequests requests;
    private final DetentionProblems problems;

    DetaineesApi(Following following, Disclosing disclosing, Looks looks, SubmittingRequests submitting,
                 DetentionRequests requests, DetentionProblems problems) {
        this.requests = requests;
        this.following = following;
        this.disclosing = disclosing;
        this.looks = looks;
        this.submitting = submitting;
        this.problems = problems;
    }

    @Operation(summary = "The detainees I may follow, each with only the fields my relation may see")
    @GetMapping
    List<DetaineeJson> mine(Actor actor, Locale locale) {
        if (actor.nationalId() == null) return List.of();
        return following.followedBy(actor.nationalId()).stream().map(f -> {
            looks.byFollower(actor, f, "api");
            return DetaineeJson.of(disclosing.fileFor(f), locale);
        }).toList();
    }

    @Operation(summary = "One detainee I follow; one I may not follow is not found, as one that does not exist")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "3d8a1f62-9e4b-4c70-b5d3-2a6f8e1c7b94", "name": "فهد بن سالم العتيبي", "fileNumber": "ملف ٢٠٢٥/٤٨١٧",
             "relation": "PARENT", "facility": "إصلاحية الحائر — الرياض", "legalStatus": "ON_TRIAL",
             "nextCourtSession": {"at": "2026-04-06T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض"},
             "courtSessions": [{"at": "2026-02-10T09:00:00+03:00", "court": "المحكمة الجزائية بالرياض", "outcome": "تأجيل لاستكمال البينات"}],
             "sentence": null, "visitsLeft": 2,
             "contacts": [{"name": "المحامي خالد بن عمر الشهري", "relation": "LAWYER"}], "health": null}""")))
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor, Locale locale) {
        var followed = parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.empty()
                : following.follow(actor.nationalId(), uuid));
        if (followed.isEmpty()) {
            looks.refused(actor, id, "api");
            return problems.of(DetentionError.NOT_FOUND);
        }
        looks.byFollower(actor, followed.get(), "api");
        return ResponseEntity.ok(DetaineeJson.of(disclosing.fileFor(followed.get()), locale));
    }

    /**
     * @param visitAt  a video visit's start once an officer approved it with a time
     * @param meeting  the video visit's call ({@code /api/v1/meetings/{meeting}}, to join within its window)
     * @param reason   why it was refused or decided so, when staff wrote it
     */
    @Schema(name = "DetentionRequestView")
    record RequestView(@Schema(example = "TWS-2026-000318") String reference, @Schema(example = "VIDEO_VISIT") String type,
                       @Schema(example = "APPROVED") String status, @Schema(example = "2026-03-14") @Nullable LocalDate visitOn,
                       @Schema(example = "2026-03-14T10:30:00+03:00") @Nullable Instant visitAt,
                       @Schema(example = "30") @Nullable Integer visitMinutes,
                       @Schema(example = "8f14e45f-ceea-4a67-9c1d-2b7c3e5a9d10") @Nullable UUID meeting,
                       @Schema(example = "تمت الموافقة على الزيارة المرئية") @Nullable String reason,
                       @Schema(example = "2026-03-02T19:05:00+03:00") Instant createdAt) {

        static RequestView of(DetentionRequest r) {
            var call = r.type() == RequestType.VIDEO_VISIT && r.visitAt() != null ? r.id() : null;
            return new RequestView(r.reference(), r.type().name(), r.status().name(), r.visitOn(), r.visitAt(),
                    r.visitMinutes(), call, r.decidedReason(), r.createdAt());
        }
    }

    @Operation(summary = "My requests about a detainee I follow, the latest first: a video visit approved with its "
            + "time carries the call's meeting id; a detainee I may not follow is not found")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = RequestView.class)),
            examples = @ExampleObject(value = """
            [{"reference": "TWS-2026-000318", "type": "VIDEO_VISIT", "status": "APPROVED", "visitOn": "2026-03-14",
              "visitAt": "2026-03-14T10:30:00+03:00", "visitMinutes": 30, "meeting": "8f14e45f-ceea-4a67-9c1d-2b7c3e5a9d10",
              "reason": null, "createdAt": "2026-03-02T19:05:00+03:00"}]""")))
    @GetMapping("/{id}/requests")
    ResponseEntity<?> requests(@PathVariable String id, Actor actor) {
        var followed = parse(id).flatMap(uuid -> actor.nationalId() == null ? Optional.empty()
                : following.follow(actor.nationalId(), uuid));
        if (followed.isEmpty()) {
            looks.refused(actor, id, "api-requests");
            return problems.of(DetentionError.NOT_FOUND);
        }
        return ResponseEntity.ok(requests.by(actor.nationalId(), parse(id).orElseThrow()).stream()
                .sorted(Comparator.comparing(DetentionRequest::createdAt).reversed()).map(RequestView::of).toList());
    }

    @Operation(summary = "Ask for a visit, a video visit, assistance, a temporary release or a deposit. "
            + "The same Idempotency-Key returns the same request.")
    @ApiResponse(responseCode = "201", description = "submitted",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "TWS-2026-000318", "status": "SUBMITTED"}""")))
    @PostMapping("/{id}/requests")
    ResponseEntity<?> request(@PathVariable String id, @Parameter(required = true)
                              @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                              @RequestBody NewRequest body, Actor actor) {
        var detainee = parse(id);
        if (detainee.isEmpty()) {
            looks.refused(actor, id, "api-request");
            return problems.of(DetentionError.NOT_FOUND);
        }
        if (key == null || key.isBlank() || key.length() > 100) return problems.of(DetentionError.IDEMPOTENCY_KEY_REQUIRED);
        var submission = submission(body);
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

    /** Empty when the type, date, occasion, amount or document cannot be read at all. */
    private static Optional<Submission> submission(NewRequest b) {
        try {
            var type = RequestType.valueOf(String.valueOf(b.type()));
            var date = b.date() == null || b.date().isBlank() ? null : LocalDate.parse(ArabicDigits.toLatin(b.date().strip()));
            var occasion = b.occasion() == null || b.occasion().isBlank() ? null : Occasion.valueOf(b.occasion());
            var amount = b.amount() == null || b.amount().isBlank() ? null
                    : new BigDecimal(ArabicDigits.toLatin(b.amount().strip())).movePointRight(2).longValueExact();
            var document = b.document() == null || b.document().isBlank() ? null : Base64.getDecoder().decode(b.document());
            return Optional.of(new Submission(type, date, b.details(), occasion, amount, b.documentName(), document,
                    b.interpreter(), b.interpreterNote()));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
