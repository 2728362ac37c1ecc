package org.nafitha.identity.internal;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks a token's signature and parses its claims once, then remembers them: a phone polling its
 * application sends the same token hundreds of times in its short life. What can change while a
 * token lives is checked on every request all the same — its expiry, and whether its account
 * signed out everywhere or was disabled ({@link TokenGenerations}) — so a revoked token is refused
 * from the next request. Only tokens whose signature verified are remembered, at most
 * {@value #MAX_REMEMBERED}; the memory is emptied when full (tokens live minutes, not days).
 */
final class RememberedTokens implements JwtDecoder {

    private static final int MAX_REMEMBERED = 20_000;

    private final JwtDecoder signatureOnly;
    private final OAuth2TokenValidator<Jwt> stillGood;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param signatureOnly verifies the signature and parses the claims, validating nothing else
     * @param stillGood     what is checked on every request: expiry and the account's generation
     */
    RememberedTokens(JwtDecoder signatureOnly, OAuth2TokenValidator<Jwt> stillGood) {
        this.signatureOnly = signatureOnly;
        this.stillGood = stillGood;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var jwt = verified.get(token);
        if (jwt == null) {
            jwt = signatureOnly.decode(token);
            if (verified.size() >= MAX_REMEMBERED) verified.clear();
            verified.put(token, jwt);
        }
        var result = stillGood.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            var error = result.getErrors().iterator().next();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + error.getDescription(), result.getErrors());
        }
        return jwt;
    }
}
