package org.nafitha.appointments.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.internal.officials.MeetingRequest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Official;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.catalogue.LocalizedText;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Meeting an official, as on the officials' pages: who receives and when (public sessions), asking
 * for a meeting (the Idempotency-Key is the form's one-time key) and following my requests. The
 * rules are {@link MeetingRequests}'; staff get 403 as on the page.
 */
@RestController
@Tag(name = "Meeting officials")
@SecurityRequirement(name = "bearer")
class MeetingRequestsApi {

    private final Officials officials;
    private final MeetingRequests requests;
    private final MessageSource messages;
    private final Clock clock;

    MeetingRequestsApi(Officials officials, MeetingRequests requests, MessageSource messages, Clock clock) {
        this.officials = officials;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    @Schema(example = """
            {"id": "passports-director",
             "name": {"ar": "الفريق سليمان بن عبد العزيز اليحيى", "en": "Lt. Gen. Sulaiman bin Abdulaziz Al-Yahya"},
             "title": {"ar": "مدير عام الجوازات", "en": "Director General of Passports"}, "department": "passports"}""")
    record OfficialView(String id, LocalizedText name, LocalizedText title, String department) {
        static OfficialView of(Official o) {
            return new OfficialView(o.id(), new LocalizedText(o.nameAr(), o.nameEn()),
                    new LocalizedText(o.titleAr(), o.titleEn()), o.department());
        }
    }

    @Schema(example = """
            {"id": 17, "official": "minister", "startsAt": "2026-03-29T19:00:00+03:00", "minutes": 120,
             "place": {"ar": "ديوان وزارة الداخلية — الرياض", "en": "Ministry of Interior court — Riyadh"}}""")
    record SessionView(long id, String official, Instant startsAt, int minutes, LocalizedText place) {
        static SessionView of(Session s) {
            return new SessionView(s.id(), s.officialId(), s.startsAt(), s.minutes(), new LocalizedText(s.placeAr(), s.placeEn()));
        }
    }

    @Schema(name = "NewMeetingRequest")
    record NewRequest(@Schema(example = "passports-director") @Nullable String official,
                      @Schema(example = "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين") @Nullable String subject,
                      @Schema(example = "PSI-2026-001207-3") @Nullable String caseReference,
                      @Schema(example = "IN_PERSON") @Nullable String mode,
                      @Schema(description = "a sign-language interpreter in the video call; when left out, as the person's "
                              + "recorded accessibility needs say (SIGN_LANGUAGE)", example = "true") @Nullable Boolean interpreter,
                      @Schema(example = "لغة الإشارة السعودية") @Nullable String interpreterNote) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestView(UUID id, String official, String subject, @Nullable String caseReference, String mode,
                       String status, Instant createdAt, @Nullable SessionView slot, @Nullable String reason,
                       @Nullable String referredTo, @Nullable Instant decidedAt, boolean interpreter,
                       @Nullable String interpreterNote) {
    }

    @Operation(summary = "The officials one may ask to meet")
    @GetMapping("/api/v1/officials")
    List<OfficialView> officials() {
        return officials.all().stream().map(OfficialView::of).toList();
    }

    @Operation(summary = "Officials' public-session days to come (open to all, no request needed)")
    @GetMapping("/api/v1/officials/sessions")
    List<SessionView> sessions() {
        return officials.publicSessions(clock.instant()).stream().map(SessionView::of).toList();
    }

    @Operation(summary = "My requests to meet an official, newest first")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": "5d8e2a41-7b3c-4f9e-8a16-0c2b9d4e7f31", "official": "passports-director",
             "subject": "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين", "caseReference": "PSI-2026-001207-3",
             "mode": "IN_PERSON", "status": "OPEN", "createdAt": "2026-03-14T09:30:00+03:00"}]""")))
    @GetMapping("/api/v1/meeting-requests")
    ResponseEntity<?> mine(Actor actor) {
        if (notAPerson(actor)) return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatus(HttpStatus.FORBIDDEN));
        return ResponseEntity.ok(officials.ofPerson(actor.nationalId()).stream().map(this::view).toList());
    }

    @Operation(summary = "One of my meeting requests: its status, the slot given, the reason of a decline or the referral")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5d8e2a41-7b3c-4f9e-8a16-0c2b9d4e7f31", "official": "passports-director",
             "subject": "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين", "caseReference": "PSI-2026-001207-3",
             "mode": "IN_PERSON", "status": "ACCEPTED", "createdAt": "2026-03-14T09:30:00+03:00",
             "slot": {"id": 17, "official": "passports-director", "startsAt": "2026-03-29T19:00:00+03:00", "minutes": 120,
               "place": {"ar": "ديوان وزارة الداخلية — الرياض", "en": "Ministry of Interior court — Riyadh"}},
             "decidedAt": "2026-03-17T13:00:00+03:00"}""")))
    @GetMapping("/api/v1/meeting-requests/{id}")
    ResponseEntity<?> one(@PathVariable String id, Actor actor) {
        var person = actor.nationalId();
        return parse(id).flatMap(officials::request).filter(r -> !notAPerson(actor) && r.person().equals(person))
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(view(r)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND)));
    }

    @Operation(summary = "Ask to meet an official (IN_PERSON or VIDEO), optionally citing my case. The same "
            + "Idempotency-Key returns the same request; 422 lists each field's problem")
    @ApiResponse(responseCode = "201", description = "sent (the same key again: the same request)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "5d8e2a41-7b3c-4f9e-8a16-0c2b9d4e7f31", "official": "passports-director",
             "subject": "تأخر إصدار جواز ابني رغم اكتمال المستندات منذ شهرين", "caseReference": "PSI-2026-001207-3",
             "mode": "IN_PERSON", "status": "OPEN", "createdAt": "2026-03-14T09:30:00+03:00"}""")))
    @PostMapping("/api/v1/meeting-requests")
    ResponseEntity<?> ask(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                          @RequestBody NewRequest body, Actor actor, Locale locale) {
        if (notAPerson(actor)) return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatus(HttpStatus.FORBIDDEN));
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            return invalid(Map.of("Idempotency-Key", "appointments.api.meeting.idempotencyKey"), locale);
        }
        var form = new MeetingRequests.Form(orEmpty(body.official()), orEmpty(body.subject()),
                orEmpty(body.caseReference()), body.mode() == null ? "IN_PERSON" : body.mode(), key, body.interpreter(),
                orEmpty(body.interpreterNote()));
        return switch (requests.request(actor, form)) {
            case MeetingRequests.Outcome.Sent sent -> ResponseEntity
                    .created(URI.create("/api/v1/meeting-requests/" + sent.request().id())).body(view(sent.request()));
            case MeetingRequests.Outcome.Invalid invalid -> invalid(invalid.errors(), locale);
        };
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("portal.api.invalid", null, "portal.api.invalid", locale));
        problem.setProperty("code", "api.invalid");
        var fields = new LinkedHashMap<String, String>();
        errors.forEach((field, key) -> fields.put(field, messages.getMessage(key, new Object[]{limit(key)}, key, locale)));
        problem.setProperty("errors", fields);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private int limit(String key) {
        return switch (key) {
            case "appointments.officials.error.subjectTooLong" -> requests.subjectLength();
            case "appointments.officials.error.interpreterNoteTooLong" -> MeetingRequests.INTERPRETER_NOTE_LENGTH;
            default -> requests.maxOpen();
        };
    }

    private RequestView view(MeetingRequest r) {
        var slot = r.sessionId() == null ? null : officials.session(r.sessionId()).map(SessionView::of).orElse(null);
        return new RequestView(r.id(), r.officialId(), r.subject(), r.caseReference(), r.mode().name(), r.status().name(),
                r.createdAt(), slot, r.reason(), r.referredTo(), r.decidedAt(), r.interpreter(), r.interpreterNote());
    }

    private static boolean notAPerson(Actor actor) {
        return actor.isStaff() || actor.nationalId() == null;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
