package org.nafitha.identity;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret     base64 HMAC key for API tokens; shared by all nodes in production.
 *                        When empty a demo key is generated at first start under {@code keyDir}.
 * @param maxFailures     failed sign-ins per account within {@code throttleWindow} before refusing
 * @param maxFailuresPerAddress failed sign-ins from one client address within the window
 * @param maxCodes        SMS sign-in codes one account may ask for within the window
 * @param nationalIdClaim the claim of the national digital-identity provider's ID token that
 *                        carries the person's national ID (provider configured under
 *                        {@code spring.security.oauth2.client.registration.national-id})
 */
@ConfigurationProperties("nafitha.identity")
public record IdentityProperties(@Nullable String tokenSecret, Path keyDir, Duration tokenTtl,
                                 int maxFailures, int maxFailuresPerAddress, Duration throttleWindow, int maxCodes,
                                 String nationalIdClaim) {

    public IdentityProperties {
        if (keyDir == null) keyDir = Path.of("data", "keys");
        if (tokenTtl == null) tokenTtl = Duration.ofMinutes(30);
        if (maxFailures <= 0) maxFailures = 5;
        if (maxFailuresPerAddress <= 0) maxFailuresPerAddress = 100;
        if (throttleWindow == null) throttleWindow = Duration.ofMinutes(15);
        if (maxCodes <= 0) maxCodes = 10;
        if (nationalIdClaim == null || nationalIdClaim.isBlank()) nationalIdClaim = "national_id";
    }
}
