package org.nafitha.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A remembered token is still checked for expiry and revocation on every request; a forged one is never remembered. */
class RememberedTokensTest {

    private final SecretKeySpec key = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");
    private final NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();

    private final JwtDecoder tokens = new RememberedTokens(countingSignatureChecks(),
            new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), jwt -> revoked.get()
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token revoked", null))
                    : OAuth2TokenValidatorResult.success()));

    private JwtDecoder countingSignatureChecks() {
        var nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private String token(Instant expires) {
        var claims = JwtClaimsSet.builder().issuer("nafitha").subject("1000000008")
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    @Test
    void aTokenIsVerifiedOnceAndRevokedAtOnce() {
        var token = token(Instant.now().plusSeconds(600));
        for (int i = 0; i < 5; i++) assertThat(tokens.decode(token).getSubject()).isEqualTo("1000000008");
        assertThat(signatureChecks).as("signature checked once for five requests").hasValue(1);

        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("token revoked");
    }

    @Test
    void anExpiredTokenIsRefusedEvenWhenRemembered() {
        var expired = token(Instant.now().minusSeconds(120));
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtException.class);
    }

    @Test
    void aForgedTokenIsNeverRemembered() {
        var token = token(Instant.now().plusSeconds(600));
        tokens.decode(token);
        var parts = token.split("\\.");
        var forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        for (int i = 0; i < 2; i++) assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(signatureChecks).as("each forged attempt is checked, none remembered").hasValue(3);
    }
}
