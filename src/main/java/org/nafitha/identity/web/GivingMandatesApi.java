package org.nafitha.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.internal.FieldErrors;
import org.nafitha.identity.internal.GrantingMandates;
import org.nafitha.identity.internal.JdbcMandates;
import org.nafitha.errors.Problems;
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
 * Giving a mandate (for myself, or as sponsor for a resident I sponsor) with the same rules as the
 * mandates page, once per Idempotency-Key.
 */
@RestController
@Tag(name = "Mandates")
@SecurityRequirement(name = "bearer")
class GivingMandatesApi {

    private final JdbcMandates mandates;
    private final GrantingMandates granting;
    private final MessageSource messages;
    private final Problems problems;

    GivingMandatesApi(JdbcMandates mandates, GrantingMandates granting, MessageSource messages,
                      Problems problems) {
        this.mandates = mandates;
        this.granting = granting;
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * @param delegate   the national ID of the person who may act (known to the civil register)
     * @param forWhom    {@code self} (default), or the ID of a resident I (or my company) sponsor
     * @param services   service codes the mandate covers (at least one)
     * @param validUntil the last day it holds (ISO date, Arabic-Indic digits accepted); none: until withdrawn
     */
    record NewMandate(@Schema(example = "1092546371") @Nullable String delegate,
                      @Schema(example = "self") @Nullable String forWhom,
                      @Schema(example = "[\"passport-renewal\", \"good-conduct-certificate\"]") @Nullable List<String> services,
                      @Schema(example = "2026-12-31") @Nullable String validUntil) {
    }

    @Operation(operationId = "mandatesGrant",
            summary = "Give a mandate: to a delegate known to the register, for myself or for a resident I sponsor, "
            + "for some services, until a day or until withdrawn. The same Idempotency-Key returns the mandate already "
            + "given (201 both times); 422 lists each field's problem in the request's language")
    @ApiResponse(responseCode = "201", description = "given (the same key again: the mandate already given)",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "b3e1f6a2-5c4d-4e8f-9a1b-2c3d4e5f6a7b", "principal": "1047382914",
             "principalName": {"ar": "محمد عبد الرحيم خان", "en": "Mohammed Abdulrahim Khan"},
             "delegate": "1092546371", "delegateName": {"ar": "عبد الله بن سعد القحطاني", "en": "Abdullah bin Saad Al-Qahtani"},
             "grantedBy": "1047382914", "basis": "SELF", "services": ["passport-renewal", "good-conduct-certificate"],
             "validFrom": "2026-03-14T09:30:00+03:00", "validUntil": "2026-12-31T23:59:59+03:00", "revokedAt": null}""")))
    @PostMapping("/api/v1/mandates")
    ResponseEntity<?> grant(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                            @RequestBody NewMandate body, Actor actor, Locale locale) {
        var me = actor.nationalId();
        if (me == null || actor.isStaff()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatus(HttpStatus.FORBIDDEN));
        }
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            return invalid(Map.of("Idempotency-Key", "appointments.api.meeting.idempotencyKey"), locale);
        }
        var granted = granting.grant(actor, orEmpty(body.delegate()),
                body.forWhom() == null || body.forWhom().isBlank() ? "self" : body.forWhom(),
                body.services() == null ? List.of() : body.services(), orEmpty(body.validUntil()), key);
        if (!granted.errors().isEmpty()) return invalid(granted.errors(), locale);
        var id = granted.mandate();
        var view = mandates.given(me).stream().filter(m -> m.id().equals(id)).map(MandatesApi.MandateView::of)
                .findFirst();
        return ResponseEntity.created(URI.create("/api/v1/mandates")).body(view.isPresent() ? view.get() : Map.of("id", id));
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, Locale locale) {
        return FieldErrors.of(problems, messages, errors, locale);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
