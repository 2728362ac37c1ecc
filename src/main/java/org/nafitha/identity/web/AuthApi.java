package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in")
class AuthApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final SignInCompletion completion;
    private final Problems problems;

    AuthApi(AuthenticationManager authentication, ApiTokens tokens, SignInCompletion completion, Problems problems) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.completion = completion;
        this.problems = problems;
    }

    record Credentials(@Schema(example = "1047382914")
                       @NotBlank @Size(max = ThrottledAuthenticationProvider.MAX_USERNAME) String username,
                       @Schema(example = "Nakheel-Riyadh-2026")
                       @NotBlank @Size(max = ThrottledAuthenticationProvider.MAX_PASSWORD) String password) {
    }

    record Token(String token, Instant expiresAt) {
    }

    record Challenge(UUID challengeId, boolean otpRequired) {
    }

    record Code(@Schema(example = "3f2b8c1e-9d4a-4e6b-a7c5-1b2d3e4f5a6b") @NotNull UUID challengeId,
                @Schema(example = "482913") @NotBlank @Size(max = 20) String code) {
    }

    /**
     * Wrong password and unknown account give the same 401; too many failures give 429 before the
     * password is checked.
     */
    @Operation(summary = "Check a username (national ID or staff name) and password; a code is sent by SMS")
    @ApiResponse(responseCode = "202", description = "a code was sent by SMS",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"challengeId": "3f2b8c1e-9d4a-4e6b-a7c5-1b2d3e4f5a6b", "otpRequired": true}""")))
    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody Credentials credentials) {
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        return switch (completion.start((NafithaUser) result.getPrincipal())) {
            case SignInCompletion.CodeSent sent -> ResponseEntity.accepted().body(new Challenge(sent.challengeId(), true));
            case SignInCompletion.Refused refused -> problem(IdentityError.signInRefused(refused.reason()), null);
        };
    }

    @Operation(summary = "Exchange the SMS code of a sign-in challenge for a bearer token")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
            examples = @ExampleObject(value = """
            {"token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMDQ3MzgyOTE0In0.c2lnbmF0dXJl", "expiresAt": "2026-03-14T21:12:40+03:00"}""")))
    @PostMapping("/otp")
    ResponseEntity<?> otp(@Valid @RequestBody Code code) {
        var result = completion.complete(code.challengeId(), code.code());
        if (result.user().isPresent()) {
            var issued = tokens.issue(result.user().get());
            return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
        }
        var failed = (OneTimeCodes.Failed) result.check();
        return problem(IdentityError.otp(failed.problem().name()), failed.remainingAttempts());
    }

    private ResponseEntity<ProblemDetail> problem(IdentityError error, @Nullable Integer remaining) {
        var problem = problems.detail(error, remaining == null ? 0 : remaining);
        if (remaining != null) problem.setProperty("remainingAttempts", remaining);
        return ResponseEntity.status(error.status()).body(problem);
    }
}
