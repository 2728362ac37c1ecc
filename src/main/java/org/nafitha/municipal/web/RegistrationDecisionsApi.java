package org.nafitha.municipal.web;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.internal.VerifyingRegistrations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nafitha.identity.Role;

/**
 * Municipal affairs decide the registrations waiting ({@link RegistrationsApi}): the queue, a
 * verification with four eyes, a refusal with a reason. The operation ids are the registrations API's.
 */
@RestController
@RequestMapping("/api/v1/municipal/registrations")
@Tag(name = "Municipal registrations")
class RegistrationDecisionsApi {

    record RefusalReasonJson(@Schema(example = "قرار التعيين المرفق غير مقروء، يرجى إرفاق نسخة واضحة") @Nullable String reason) {
    }

    private final VerifyingRegistrations verifying;
    private final MunicipalProblems problems;

    RegistrationDecisionsApi(VerifyingRegistrations verifying, MunicipalProblems problems) {
        this.verifying = verifying;
        this.problems = problems;
    }

    @Operation(operationId = "registrationsQueue", summary = "Municipal affairs: registrations waiting for a decision, oldest first")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")),
            examples = @ExampleObject(value = """
            [{"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "municipality": "ML-BAABDA-HADATH", "role": "MUKHTAR",
              "position": "مختار حي السراي", "officialName": "جوزيف أنطوان حداد", "nationalId": "", "mobile": "+96171234567",
              "username": "mukhtar.hadath.haddad", "decree": "2c8e4a17-9b3f-4d6e-a1c5-7f0b3e9d2a64", "status": "SUBMITTED",
              "refusalReason": null, "registeredAt": "2026-03-14T09:05:00+02:00"}]""")))
    @GetMapping
    ResponseEntity<?> queue(@RequestParam(required = false) @Nullable String municipality, Actor actor) {
        if (!actor.has(Role.MUNICIPAL_AFFAIRS)) return problems.of(MunicipalError.NOT_MUNICIPAL_AFFAIRS);
        return ResponseEntity.ok(verifying.queue(municipality, 200));
    }

    @Operation(operationId = "registrationsVerify", summary = "Municipal affairs: verify a registration, with four eyes",
            description = "The first member of municipal affairs to call proposes the registration verified (202, "
                    + "PROPOSED, no account yet); a second, different one calling confirms it (200, VERIFIED) and the "
                    + "official's account is created for the municipality. The proposer calling again is refused "
                    + "(409, municipal.FOUR_EYES).")
    @ApiResponse(responseCode = "200", description = "confirmed by a second person: verified, the account exists",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "status": "VERIFIED"}""")))
    @ApiResponse(responseCode = "202", description = "proposed: a second, different person confirms it",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "status": "PROPOSED"}""")))
    @PostMapping("/{id}/verification")
    ResponseEntity<?> verify(@PathVariable String id, Actor actor) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        var decision = verifying.verify(actor, uuid.get());
        if (decision.refused() != null) return problems.of(decision.refused());
        return decision.step() == VerifyingRegistrations.Step.PROPOSED
                ? ResponseEntity.accepted().body(new RegistrationsApi.RegistrationStatusJson(uuid.get(), "PROPOSED"))
                : ResponseEntity.ok(new RegistrationsApi.RegistrationStatusJson(uuid.get(), "VERIFIED"));
    }

    @Operation(operationId = "registrationsRefuse", summary = "Municipal affairs: refuse a registration with a reason")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "status": "REFUSED"}""")))
    @PostMapping("/{id}/refusal")
    ResponseEntity<?> refuse(@PathVariable String id, @RequestBody RefusalReasonJson body, Actor actor) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.NOT_FOUND);
        var error = verifying.refuse(actor, uuid.get(), body.reason());
        return error == null ? ResponseEntity.ok(new RegistrationsApi.RegistrationStatusJson(uuid.get(), "REFUSED")) : problems.of(error);
    }
}
