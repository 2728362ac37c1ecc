package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The mandates I gave and received, as the mandates page lists them, and withdrawing one I gave;
 * giving one is {@link GivingMandatesApi}.
 */
@RestController
@Tag(name = "Mandates")
@SecurityRequirement(name = "bearer")
class MandatesApi {

    private final JdbcMandates mandates;
    private final RevokingMandates revoking;

    MandatesApi(JdbcMandates mandates, RevokingMandates revoking) {
        this.mandates = mandates;
        this.revoking = revoking;
    }

    record Name(String ar, String en) {
    }

    /** @param basis SELF (the principal gave it) or SPONSOR (their sponsor did) */
    record MandateView(UUID id, String principal, Name principalName, String delegate, Name delegateName,
                       String grantedBy, String basis, List<String> services, Instant validFrom,
                       @Nullable Instant validUntil, @Nullable Instant revokedAt) {

        static MandateView of(Mandate m) {
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

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
    }
}
