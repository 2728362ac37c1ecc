package org.nafitha.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived TURN credentials by the TURN REST scheme coturn checks with {@code use-auth-secret}:
 * the username is {@code expiry:user} (expiry in Unix seconds), the password
 * base64(HMAC-SHA1(static-auth-secret, username)). coturn refuses them once the expiry has passed.
 */
public final class TurnCredentials {

    public record IceServer(List<String> urls, String username, String credential) {
    }

    private TurnCredentials() {
    }

    public static IceServer issue(List<String> urls, String secret, String user, Instant expiry) {
        var username = expiry.getEpochSecond() + ":" + user;
        return new IceServer(urls, username, sign(secret, username));
    }

    static String sign(String secret, String username) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }
}
