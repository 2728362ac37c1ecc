package org.nafitha.notifications.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a device registration must satisfy. A Web Push subscription is an https endpoint (http only
 * on the loopback, for a push service under test) with the browser's two keys: a P-256 public key
 * (65 bytes, uncompressed) and a 16-byte secret, both base64url, as {@code PushSubscription.toJSON()}
 * gives them. An FCM or APNs registration is a token.
 */
public final class DeviceRules {

    public static final Set<String> PLATFORMS = Set.of("webpush", "fcm", "apns");
    static final int MAX_ADDRESS = 1024;

    private DeviceRules() {
    }

    /** A registration as the client sent it, before any check. */
    public record Registration(@Nullable String platform, @Nullable String endpoint, @Nullable String token,
                               @Nullable String p256dh, @Nullable String auth) {

        /** Where pushes go: the endpoint for Web Push, the token otherwise. */
        public @Nullable String address() {
            return "webpush".equals(platform) ? endpoint : token;
        }
    }

    /** Field → message key of each problem; empty when the device may be registered. */
    public static Map<String, String> problems(Registration r, boolean loopbackAllowed) {
        var problems = new LinkedHashMap<String, String>();
        if (r.platform() == null || !PLATFORMS.contains(r.platform())) {
            problems.put("platform", "notifications.notify.devices.error.platform");
            return problems;
        }
        if ("webpush".equals(r.platform())) {
            if (!pushEndpoint(r.endpoint(), loopbackAllowed)) problems.put("endpoint", "notifications.notify.devices.error.endpoint");
            if (!key(r.p256dh(), 65)) problems.put("keys.p256dh", "notifications.notify.devices.error.p256dh");
            if (!key(r.auth(), 16)) problems.put("keys.auth", "notifications.notify.devices.error.auth");
        } else if (r.token() == null || r.token().isBlank() || r.token().length() > MAX_ADDRESS) {
            problems.put("token", "notifications.notify.devices.error.token");
        }
        return problems;
    }

    private static boolean pushEndpoint(@Nullable String endpoint, boolean loopbackAllowed) {
        if (endpoint == null || endpoint.length() > MAX_ADDRESS) return false;
        try {
            var uri = new URI(endpoint);
            if (uri.getHost() == null) return false;
            return "https".equals(uri.getScheme())
                    || loopbackAllowed && "http".equals(uri.getScheme()) && (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean key(@Nullable String base64url, int bytes) {
        if (base64url == null) return false;
        try {
            var decoded = Base64.getUrlDecoder().decode(base64url.replace("=", ""));
            return decoded.length == bytes && (bytes != 65 || decoded[0] == 4);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
