package org.nafitha.issuance.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.nafitha.errors.ErrorCode;
import org.nafitha.issuance.IssuanceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * Checks a courier's signed request: HMAC-SHA256 with the courier's key over
 * {@code METHOD \n path \n timestamp \n nonce \n hex(SHA-256(body))}; the timestamp (epoch seconds)
 * within the allowed skew; the nonce never seen before from that courier (kept in the database,
 * so a replay to another node is refused too).
 */
@Component
public class CourierSignatures {

    /** Every refusal is 401: the request does not prove it comes from a courier, now. */
    public enum Refusal implements ErrorCode {
        UNKNOWN_COURIER, BAD_SIGNATURE, STALE, REPLAYED;

        private final Definition definition;

        Refusal() {
            this.definition = Definition.dashed(401, "issuance.courier.refused.", name());
        }

        @Override
        public Definition definition() {
            return definition;
        }
    }

    private final IssuanceProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    CourierSignatures(IssuanceProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Refusal> check(@Nullable String courier, @Nullable String timestamp, @Nullable String nonce,
                                   String method, String path, byte[] body, @Nullable String signature) {
        var key = courier == null ? null : properties.courierKeys().get(courier);
        if (key == null) return Optional.of(Refusal.UNKNOWN_COURIER);
        if (timestamp == null || nonce == null || signature == null || !timestamp.matches("\\d{1,12}")
                || !nonce.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        var expected = sign(key, method, path, timestamp, nonce, body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        var now = clock.instant();
        var at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (at.isBefore(now.minus(properties.courierClockSkew())) || at.isAfter(now.plus(properties.courierClockSkew()))) {
            return Optional.of(Refusal.STALE);
        }
        jdbc.sql("DELETE FROM courier_nonces WHERE seen_at < :old")
                .param("old", Timestamp.from(now.minus(properties.courierClockSkew().multipliedBy(2)))).update();
        var fresh = jdbc.sql("INSERT INTO courier_nonces (courier, nonce, seen_at) VALUES (:c, :n, :at) ON CONFLICT DO NOTHING")
                .param("c", courier).param("n", nonce).param("at", Timestamp.from(now)).update() == 1;
        return fresh ? Optional.empty() : Optional.of(Refusal.REPLAYED);
    }

    /** What a courier's client computes; public for couriers' integration tests and the demo. */
    public static String sign(String key, String method, String path, String timestamp, String nonce, byte[] body) {
        try {
            var bodyHash = DigestUtils.sha256Hex(body);
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var canonical = method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + bodyHash;
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
