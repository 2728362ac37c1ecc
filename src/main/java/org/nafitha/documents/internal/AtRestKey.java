package org.nafitha.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.nafitha.documents.DocumentsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of {@link AtRestEncryption}: from configuration; without one, a demo key made once and kept
 * in a file.
 */
final class AtRestKey {

    // Logged under AtRestEncryption, the category operators already watch for the demo key warning.
    private static final Logger log = LoggerFactory.getLogger(AtRestEncryption.class);

    private AtRestKey() {
    }

    static SecretKey of(DocumentsProperties properties) {
        var configured = properties.encryptionKey();
        var raw = configured != null && !configured.isBlank()
                ? Base64.getDecoder().decode(configured.strip())
                : demoKey(properties.keyFile());
        if (raw.length != 32) throw new IllegalStateException("nafitha.documents.encryption-key must be 32 bytes (base64)");
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] demoKey(Path file) {
        try {
            if (Files.exists(file)) {
                var line = Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No key in " + file));
                return Base64.getDecoder().decode(line.strip());
            }
            var raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# DEMO KEY for the document store, made at first start. Not for production:\n"
                    + "# set nafitha.documents.encryption-key (base64, 32 bytes) from your key management instead.\n"
                    + Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict the permissions of {} on this file system", file);
            }
            log.warn("Documents are encrypted with a DEMO KEY generated in {} — set nafitha.documents.encryption-key "
                    + "for production", file);
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo key " + file, e);
        }
    }
}
