package org.nafitha.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.identity.IdentityProperties;
import org.nafitha.identity.Role;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
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

    /** The claim of the account's token generation when the token was issued ({@link TokenGenerations}). */
    static final String GENERATION = "gen";

    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Clock clock;
    private final IdentityProperties properties;

    private final TokenGenerations generations;

    ApiTokens(IdentityProperties properties, Clock clock, TokenGenerations generations) {
        this.properties = properties;
        this.clock = clock;
        this.generations = generations;
        var key = ApiTokenKey.of(properties);
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        var signatureOnly = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        signatureOnly.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        this.decoder = new RememberedTokens(signatureOnly,
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), generations::ofTheCurrentGeneration));
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
}
