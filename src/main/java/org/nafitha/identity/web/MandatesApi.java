package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
 * The mandates I gave and received, as the mandates page lists them; giving one (for myself, or as
 * sponsor for a resident I sponsor) with the same rules as the page; and withdrawing one I gave.
 */
@RestController
@Tag(name = "Mandates")
@SecurityRequirement(name = "bearer")
class MandatesApi {

    private final JdbcMandates mandates;
    private final RevokingMandates revoking;
    private final GrantingMandates granting;
    private final MessageSource messages;

    MandatesApi(JdbcMandates mandates, RevokingMandates revoking, GrantingMandates granting, MessageSource messages) {
        this.mandates = mandates;
        this.revoking = revoking;
        this.granting = granting;
        this.messages = messages;
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

    record Name(String ar, String en) {
    }

    /** @param basis SELF (the principal gave it) or SPONSOR (their sponsor did) */
    record MandateView(UUID id, String principal, Name principalName, String delegate, Name delegateName,
                       String grantedBy, String basis, List<String> services, Instant validFrom,
                       @Nullable Instant validUntil, @Nullable Instant revokedAt) {

        static MandateView of(JdbcMandates.Mandate m) {
            return new MandateView(m.id(), m.principal(), new Name(m.principalNameAr(), m.principalNameEn()), m.delegate(),
                    new Name(m.delegateNameAr(), m.delegateNameEn()), m.grantedBy(), m.basis(), m.scope(), m.validFrom(),
                    m.validUntil(), m.revokedAt());
        }
    }

    record Mine(List<MandateView> given, List<MandateView> received) {
    }

    @Operation(summary = "Mandates I gave (or gave as sponsor) and mandates I received, with their services and validity")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"given": [{"id": "b3e1f6a2-5c4d-4e8f-9a1b-2c3d4e5f6a7b", "principal": "1047382914",
                        "principalName": {"ar": "محمد عبد الرحيم خان", "en": "Mohammed Abdulrahim Khan"},
                        "delegate": "1092546371",
                        "delegateName": {"ar": "عبد الله بن سعد القحطاني", "en": "Abdullah bin Saad Al-Qahtani"},
                        "grantedBy": "1047382914", "basis": "SELF", "services": ["passport-renewal"],
                        "validFrom": "2026-03-01T08:00:00+03:00", "validUntil": "2026-12-31T23:59:59+03:00", "revokedAt": null}],
             "received": []}""")))
    @GetMapping("/api/v1/mandates")
    ResponseEntity<?> mine(Actor actor) {
        var id = actor.nationalId();
        if (id == null) return notFound();
        return ResponseEntity.ok(new Mine(mandates.given(id).stream().map(MandateView::of).toList(),
                mandates.received(id).stream().map(MandateView::of).toList()));
    }

    @Operation(summary = "Give a mandate: to a delegate known to the register, for myself or for a resident I sponsor, "
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
        var view = mandates.given(me).stream().filter(m -> m.id().equals(id)).map(MandateView::of)
                .findFirst();
        return ResponseEntity.created(URI.create("/api/v1/mandates")).body(view.isPresent() ? view.get() : Map.of("id", id));
    }

    @Operation(summary = "Withdraw a mandate I gave; 404 when it is not mine to withdraw or already withdrawn")
    @ApiResponse(responseCode = "204", description = "withdrawn", content = @Content)
    @DeleteMapping("/api/v1/mandates/{id}")
    ResponseEntity<?> revoke(@PathVariable String id, Actor actor) {
        var person = actor.nationalId();
        UUID mandate;
        try {
            mandate = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        if (person == null || !revoking.revoke(actor, person, mandate)) return notFound();
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, Locale locale) {
        return FieldErrors.of(messages, errors, locale);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
