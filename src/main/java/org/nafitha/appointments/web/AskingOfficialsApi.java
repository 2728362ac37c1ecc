package org.nafitha.appointments.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.appointments.OfficialsProperties;
import org.nafitha.appointments.internal.officials.AskingOfficials;
import org.nafitha.appointments.internal.officials.MeetingRequestForm;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.errors.CommonError;
import org.nafitha.errors.Problems;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Asking to meet an official, as on the officials' page: the Idempotency-Key is the form's one-time key;
 * the rules are {@link AskingOfficials}'.
 */
@RestController
@Tag(name = "Meeting officials")
@SecurityRequirement(name = "bearer")
class AskingOfficialsApi {

    private final Officials officials;
    private final AskingOfficials asking;
    private final OfficialsProperties properties;
    private final MessageSource messages;
    private final Problems problems;

    AskingOfficialsApi(Officials officials, AskingOfficials asking, OfficialsProperties properties,
                       MessageSource messages, Problems problems) {
        this.officials = officials;
        this.asking = asking;
        this.properties = properties;
        this.messages = messages;
        this.problems = problems;
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

    @Operation(operationId = "meetingRequestsAsk",
            summary = "Ask to meet an official (IN_PERSON or VIDEO), optionally citing my case. The same "
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
        if (MeetingRequestsApi.notAPerson(actor)) return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatus(HttpStatus.FORBIDDEN));
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            return invalid(Map.of("Idempotency-Key", "appointments.api.meeting.idempotencyKey"), locale);
        }
        var form = new MeetingRequestForm(orEmpty(body.official()), orEmpty(body.subject()),
                orEmpty(body.caseReference()), body.mode() == null ? "IN_PERSON" : body.mode(), key, body.interpreter(),
                orEmpty(body.interpreterNote()));
        return switch (asking.request(actor, form)) {
            case AskingOfficials.Outcome.Sent sent -> ResponseEntity
                    .created(URI.create("/api/v1/meeting-requests/" + sent.request().id()))
                    .body(MeetingRequestsApi.RequestView.of(sent.request(), officials));
            case AskingOfficials.Outcome.Invalid invalid -> invalid(invalid.errors(), locale);
        };
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, Locale locale) {
        var problem = problems.detail(CommonError.INVALID);
        var fields = new LinkedHashMap<String, String>();
        errors.forEach((field, key) -> fields.put(field, messages.getMessage(key, new Object[]{limit(key)}, key, locale)));
        problem.setProperty("errors", fields);
        return ResponseEntity.status(CommonError.INVALID.status()).body(problem);
    }

    private int limit(String key) {
        return switch (key) {
            case "appointments.officials.error.subjectTooLong" -> properties.subjectLength();
            case "appointments.officials.error.interpreterNoteTooLong" -> MeetingRequestForm.INTERPRETER_NOTE_LENGTH;
            default -> properties.maxOpen();
        };
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
