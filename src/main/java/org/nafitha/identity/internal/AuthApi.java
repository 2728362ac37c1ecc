package org.nafitha.identity.internal;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in")
class AuthApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Accounts accounts;

    AuthApi(AuthenticationManager authentication, ApiTokens tokens, Accounts accounts) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    record Token(String token, Instant expiresAt) {
    }

    /**
     * Wrong password and unknown account give the same 401; too many failures give 429 before the
     * password is checked.
     */
    @Operation(summary = "Exchange a username (national ID or staff name) and password for a bearer token")
    @PostMapping("/login")
    ResponseEntity<Token> login(@Valid @RequestBody Credentials credentials) {
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        var user = (NafithaUser) result.getPrincipal();
        var issued = tokens.issue(accounts.findByUsername(user.username()).orElse(user));
        return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
    }
}
