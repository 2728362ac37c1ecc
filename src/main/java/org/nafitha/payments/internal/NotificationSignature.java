package org.nafitha.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.PaymentError;

/**
 * The gateway's signature on a notification: HMAC-SHA256 with the shared key over
 * {@code timestamp "." body}, the timestamp in epoch seconds and within the replay window. The
 * body is signed as received, byte for byte, so nothing is re-serialised before the check.
 */
public final class NotificationSignature {

    public static final String TIMESTAMP = "X-Gateway-Timestamp";
    public static final String SIGNATURE = "X-Gateway-Signature";

    private NotificationSignature() {
    }

    public static String sign(String key, String timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Empty when the signature holds and the timestamp is fresh; otherwise why not. */
    public static Optional<PaymentError> check(String key, @Nullable String timestamp, @Nullable String signature,
                                               byte[] body, Instant now, Duration window) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return Optional.of(PaymentError.BAD_SIGNATURE);
        }
        var expected = sign(key, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        var given = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) return Optional.of(PaymentError.BAD_SIGNATURE);
        var at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (at.isBefore(now.minus(window)) || at.isAfter(now.plus(window))) {
            return Optional.of(PaymentError.STALE_NOTIFICATION);
        }
        return Optional.empty();
    }
}
