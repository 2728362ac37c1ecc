package org.nafitha.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.nafitha.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The key that signs {@link ApiTokens}: the configured secret, or a demo key made at first start. */
final class ApiTokenKey {

    // Logged under ApiTokens, the category operators already watch for the demo key warning.
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private ApiTokenKey() {
    }

    static SecretKey of(IdentityProperties properties) {
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
