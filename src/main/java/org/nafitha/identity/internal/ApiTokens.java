package org.nafitha.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalInt;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.IdentityProperties;
import org.nafitha.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

/**
 * Short-lived signed bearer tokens (HS256 JWT) for the REST API and the mobile app, refused as soon
 * as their account signs out everywhere or is disabled ({@link TokenGenerations}).
 */
@Component
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final String GENERATION = "gen";

    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Clock clock;
    private final IdentityProperties properties;

    private final TokenGenerations generations;

    ApiTokens(IdentityProperties properties, Clock clock, TokenGenerations generations) {
        this.properties = properties;
        this.clock = clock;
        this.generations = generations;
        var key = key(properties);
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        var signatureOnly = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        this.decoder = new RememberedTokens(signatureOnly,
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), this::ofTheCurrentGeneration));
    }

    /** Refuses a token of an earlier generation (signed out everywhere since) or of a disabled account. */
    private OAuth2TokenValidatorResult ofTheCurrentGeneration(Jwt jwt) {
        var claimed = jwt.getClaims().get(GENERATION) instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        var current = jwt.getSubject() == null ? OptionalInt.empty() : generations.current(jwt.getSubject());
        return claimed.isPresent() && claimed.equals(current)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token revoked", null));
    }

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(NafithaUser user) {
        var now = clock.instant();
        var expires = now.plus(properties.tokenTtl());
        var claims = JwtClaimsSet.builder()
                .issuer("nafitha")
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(expires)
                .claim("roles", user.roles().stream().map(Role::name).sorted().toList())
                .claim("name_ar", user.nameAr())
                .claim("name_en", user.nameEn())
                .claim(GENERATION, generations.current(user.username()).orElseThrow());
        if (user.nationalId() != null) claims.claim("nid", user.nationalId());
        if (user.department() != null) claims.claim("dept", user.department());
        var token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()));
        return new Issued(token.getTokenValue(), expires);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /**
     * The actor a verified token names. The claims are read as the token holds them (strings and a list
     * of strings): {@code Jwt.getClaimAsStringList} runs each through a conversion service, which was a
     * twentieth of a status poll's CPU.
     */
    static Actor toActor(Jwt jwt, Locale locale) {
        var roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaims().get("roles") instanceof Collection<?> names) {
            for (var role : names) roles.add(Role.valueOf(String.valueOf(role)));
        }
        var subject = claim(jwt, "sub");
        var name = claim(jwt, "ar".equals(locale.getLanguage()) ? "name_ar" : "name_en");
        return new Actor(subject, claim(jwt, "nid"), name == null ? subject : name, roles, claim(jwt, "dept"));
    }

    private static @Nullable String claim(Jwt jwt, String name) {
        var value = jwt.getClaims().get(name);
        return value == null ? null : value.toString();
    }

    private static SecretKey key(IdentityProperties properties) {
        byte[] bytes;
        if (properties.tokenSecret() != null && !properties.tokenSecret().isBlank()) {
            bytes = Base64.getDecoder().decode(properties.tokenSecret());
        } else {
            bytes = demoKey(properties.keyDir().resolve("DEMO-api-token.key"));
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Generated at first start and kept beside the data; never used when a secret is configured. */
    private static byte[] demoKey(Path file) {
        try {
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).strip());
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            log.warn("Generated a DEMO API token key at {}; set nafitha.identity.token-secret in production", file);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the demo token key at " + file, e);
        }
    }
}
