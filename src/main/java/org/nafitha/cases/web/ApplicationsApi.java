package org.nafitha.cases.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.internal.Refusal;
import org.nafitha.country.Calendars;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.internal.AttachOutcome;
import org.nafitha.cases.internal.AttachingDocuments;
import org.nafitha.cases.internal.DecidingCases;
import org.nafitha.cases.internal.Appeals;
import org.nafitha.cases.internal.DecisionOutcome;
import org.nafitha.cases.internal.ReadingCases;
import org.nafitha.cases.internal.Submission;
import org.nafitha.cases.internal.SubmissionOutcome;
import org.nafitha.cases.internal.SubmittingCases;
import org.nafitha.cases.internal.TimelineEntry;
import org.nafitha.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

/** The applicant's side of cases: apply, add documents, answer questions, follow the timeline. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
@SecurityRequirement(name = "bearer")
class ApplicationsApi {

    private final SubmittingCases submitting;
    private final ReadingCases reading;
    private final AttachingDocuments attaching;
    private final DecidingCases deciding;
    private final CaseProblems problems;
    private final Calendars calendars;

    ApplicationsApi(SubmittingCases submitting, ReadingCases reading, AttachingDocuments attaching,
                    DecidingCases deciding, CaseProblems problems, Appeals appeals, Calendars calendars) {
        this.calendars = calendars;
        this.submitting = submitting;
        this.reading = reading;
        this.attaching = attaching;
        this.deciding = deciding;
        this.problems = problems;
        this.appeals = appeals;
    }

    private final Appeals appeals;

    /** @param onBehalfOf national ID of the person applied for, when acting under a mandate */
    record NewApplication(@Schema(example = "good-conduct-certificate") String serviceCode,
                          @Schema(example = """
                                  {"purpose": "study", "addressedTo": "جامعة الملك سعود", "language": "ar",
                                   "mobile": "0551234567"}""") @Nullable Map<String, Object> fields,
                          @Schema(example = "2193746506") @Nullable String onBehalfOf) {
    }

    record Created(String reference, String status) {
    }

    @Schema(name = "ApplicationSummary")
    record Summary(@Schema(example = "PSP-2026-000123-3") String reference,
                   @Schema(example = "passport-renewal") String serviceCode,
                   @Schema(example = "PENDING_REVIEW") String status,
                   @Schema(example = "2026-03-14T09:12:40+03:00") Instant submittedAt,
                   @Schema(description = "when it was submitted as people read it, Gregorian and Hijri, in the request's language",
                           example = "السبت ١٤ مارس ٢٠٢٦ م — ٢٤ رمضان ١٤٤٧ هـ، ٠٩:١٢") String submittedReadable) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(Instant at, String status, String action, String actorRole, @Nullable String note,
                @Nullable String reason) {
    }

    record AppealRequest(@Schema(example = "أرفقت صورة جديدة بخلفية بيضاء وفق المواصفات، وأرجو إعادة النظر في الطلب")
                         @Nullable String grounds) {
    }

    record Application(String reference, String serviceCode, String status, Instant submittedAt, List<Step> timeline,
                       Map<String, List<UUID>> documents) {
    }

    record StoredFile(UUID id, String sha256, String mediaType, long size) {
    }

    record Information(@Schema(example = "أرفقت صورة شخصية حديثة بخلفية بيضاء كما طُلب") String note) {
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

    @Operation(summary = "My applications, newest first")
    @GetMapping
    List<Summary> mine(Actor actor) {
        return reading.mine(actor).stream()
                .map(c -> new Summary(c.reference().value(), c.serviceCode(), c.status(), c.submittedAt(),
                        calendars.dateTime(c.submittedAt(), LocaleContextHolder.getLocale()))).toList();
    }

    @Operation(summary = "One of my applications with its timeline; someone else's reference is not found")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"reference": "PSP-2026-000123-3", "serviceCode": "passport-renewal", "status": "INFO_REQUESTED",
             "submittedAt": "2026-03-14T09:12:40+03:00",
             "timeline": [
               {"at": "2026-03-14T09:12:40+03:00", "status": "SUBMITTED", "action": "submit", "actorRole": "APPLICANT"},
               {"at": "2026-03-15T11:03:05+03:00", "status": "INFO_REQUESTED", "action": "request-info",
                "actorRole": "OFFICER", "note": "نرجو إرفاق صورة شخصية حديثة بخلفية بيضاء", "reason": "photo-not-compliant"}],
             "documents": {"photo": ["7c9e6679-7425-40de-944b-e07fc1f90ae7"]}}""")))
    @GetMapping("/{reference}")
    ResponseEntity<?> one(@PathVariable String reference, Actor actor) {
        return CaseReference.parse(reference).flatMap(ref -> reading.read(ref, actor, "applicant"))
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok(new Application(view.caseFile().reference().value(),
                        view.caseFile().serviceCode(), view.caseFile().status(), view.caseFile().submittedAt(),
                        view.timeline().stream().map(ApplicationsApi::step).toList(), view.documents())))
                .orElseGet(() -> problems.refused(Refusal.CASE_NOT_FOUND));
    }

    @Operation(summary = "Add a document (e.g. kind=photo) to my application; its type is checked by content")
    @ApiResponse(responseCode = "201", description = "stored",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "mediaType": "image/jpeg", "size": 184320}""")))
    @PostMapping(path = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> document(@PathVariable String reference, @RequestPart("file") MultipartFile file,
                               @RequestParam("kind") String kind, Actor actor) throws IOException {
        var ref = CaseReference.parse(reference);
        if (ref.isEmpty()) return problems.refused(Refusal.CASE_NOT_FOUND);
        var outcome = attaching.attach(ref.get(), kind,
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes(), actor);
        return switch (outcome) {
            case AttachOutcome.Attached a -> ResponseEntity.status(HttpStatus.CREATED).body(new StoredFile(
                    a.document().id(), a.document().sha256(), a.document().mediaType(), a.document().size()));
            case AttachOutcome.Refused r -> problems.of(switch (r.reason()) {
                case EMPTY -> HttpStatus.UNPROCESSABLE_CONTENT;
                case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
                case TYPE_NOT_ALLOWED, EXTENSION_MISMATCH, POLYGLOT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                case SCAN_FAILED -> HttpStatus.SERVICE_UNAVAILABLE;
                case ENCRYPTED, ACTIVE_CONTENT, UNREADABLE, INFECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            }, "documents.refused." + r.reason().name());
            case AttachOutcome.NotFound n -> problems.refused(Refusal.CASE_NOT_FOUND);
            case AttachOutcome.UnknownKind u -> problems.refused(Refusal.UNKNOWN_DOCUMENT_KIND);
            case AttachOutcome.Closed c -> problems.refused(Refusal.CLOSED);
        };
    }

    @Operation(summary = "Answer the department's request for more information")
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
            case DecisionOutcome.Taken t -> ResponseEntity.ok(new Created(ref.get().value(), t.status()));
            case DecisionOutcome.Refused r -> problems.refused(r.refusal());
        };
    }

    @Operation(summary = "Appeal a refused application: a new case, decided by others than those who refused")
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
                    .body(new Created(a.appeal().value(), "SUBMITTED"));
            case Appeals.Outcome.Refused r -> problems.refused(r.refusal());
        };
    }

    static Step step(TimelineEntry e) {
        return new Step(e.at(), e.status(), e.action(), e.actorRole(), e.note(), e.reasonCode());
    }
}
