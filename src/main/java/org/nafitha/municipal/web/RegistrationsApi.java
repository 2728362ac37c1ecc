package org.nafitha.municipal.web;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewRegistration;
import org.nafitha.municipal.internal.Registering;
import org.nafitha.municipal.internal.RegistrationThrottle;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nafitha.municipal.FieldProblem;

/**
 * Municipalities' officials and mukhtars register (no account yet: the registration is public),
 * prove their mobile with the SMS code, and wait for municipal affairs to verify or refuse
 * ({@link RegistrationDecisionsApi}). The account exists only once verified.
 */
@RestController
@RequestMapping("/api/v1/municipal/registrations")
@Tag(name = "Municipal registrations")
class RegistrationsApi {

    /** {@code decree}: the decree or appointment document, base64 (PDF, JPEG or PNG, at most 5 MB). */
    @Schema(example = """
            {"municipality": "ML-BAABDA-HADATH", "role": "MUKHTAR", "position": "مختار حي السراي",
             "officialName": "جوزيف أنطوان حداد", "nationalId": null, "mobile": "+96171234567",
             "username": "mukhtar.hadath.haddad", "password": "Sarai-Hadath-1961", "decreeName": "قرار-تعيين.pdf",
             "decree": "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK"}""")
    record NewRegistrationJson(@Nullable String municipality, @Nullable String role, @Nullable String position,
                @Nullable String officialName, @Nullable String nationalId, @Nullable String mobile,
                @Nullable String username, @Nullable String password, @Nullable String decreeName,
                @Nullable String decree) {
    }

    record RegistrationCreatedJson(UUID id, String status) {
    }

    record MobileCodeJson(@Schema(example = "583014") @Nullable String code) {
    }

    record RegistrationStatusJson(UUID id, String status) {
    }

    private final Registering registering;
    private final MunicipalProblems problems;

    private final RegistrationThrottle throttle;

    RegistrationsApi(Registering registering, MunicipalProblems problems, RegistrationThrottle throttle) {
        this.throttle = throttle;
        this.registering = registering;
        this.problems = problems;
    }

    @Operation(summary = "Register as a municipality's official or a mukhtar; an SMS code goes to the mobile given")
    @ApiResponse(responseCode = "201", description = "registered; the SMS code was sent",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "status": "PHONE_UNPROVEN"}""")))
    @PostMapping
    ResponseEntity<?> register(@RequestBody NewRegistrationJson b, HttpServletRequest request) {
        if (!throttle.allow(request.getRemoteAddr(), b.mobile() == null ? "" : b.mobile())) {
            return problems.of(MunicipalError.TOO_MANY_REGISTRATIONS);
        }
        byte[] decree;
        try {
            decree = b.decree() == null ? null : Base64.getDecoder().decode(b.decree());
        } catch (IllegalArgumentException notBase64) {
            return problems.of(List.of(new FieldProblem("decree", MunicipalError.DOCUMENT_REFUSED)));
        }
        return switch (registering.register(new NewRegistration(b.municipality(), b.role(), b.position(), b.officialName(),
                b.nationalId(), b.mobile(), b.username(), b.password(), b.decreeName(), decree))) {
            case Registering.Registered r -> ResponseEntity.created(URI.create("/api/v1/municipal/registrations/" + r.id()))
                    .body(new RegistrationCreatedJson(r.id(), "PHONE_UNPROVEN"));
            case Registering.Refused r -> problems.of(r.problems());
        };
    }

    @Operation(summary = "Prove the mobile with the SMS code; the registration then waits for municipal affairs")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"id": "f7a3c1e8-4d2b-4b69-8e05-2c9d6b1a7f53", "status": "SUBMITTED"}""")))
    @PostMapping("/{id}/mobile")
    ResponseEntity<?> prove(@PathVariable String id, @RequestBody MobileCodeJson body) {
        var uuid = PathIds.parse(id);
        if (uuid.isEmpty()) return problems.of(MunicipalError.NOT_AWAITING_CODE);
        var error = registering.proveMobile(uuid.get(), String.valueOf(body.code()));
        return error == null ? ResponseEntity.ok(new RegistrationStatusJson(uuid.get(), "SUBMITTED")) : problems.of(error);
    }
}
