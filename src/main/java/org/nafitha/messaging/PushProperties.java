package org.nafitha.messaging;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web Push.
 *
 * @param enabled          false: no push is sent and no device gets a message on this node
 * @param subject          who the push services may contact about our messages ({@code mailto:} or {@code https:})
 * @param vapidPublicKey   the VAPID public key, an uncompressed P-256 point in base64url (what a browser
 *                         passes as {@code applicationServerKey})
 * @param vapidPrivateKey  the VAPID private key, the 32-byte scalar in base64url
 * @param loopbackEndpoints accept plain-http subscription endpoints on 127.0.0.1/localhost (a push
 *                          service under test); never in production, where every endpoint is https
 */
@ConfigurationProperties("nafitha.push")
public record PushProperties(boolean enabled, @Nullable String subject, @Nullable String vapidPublicKey,
                             @Nullable String vapidPrivateKey, boolean loopbackEndpoints) {

    public PushProperties {
        if (subject == null || subject.isBlank()) subject = "mailto:push@nafitha.example";
    }
}
