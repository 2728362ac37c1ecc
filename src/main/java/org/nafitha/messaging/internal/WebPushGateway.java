package org.nafitha.messaging.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushMessage;
import org.nafitha.messaging.PushNotSent;
import org.nafitha.messaging.PushProperties;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;

/**
 * Web Push through interaso's webpush library, which encrypts the payload to the subscription
 * (aes128gcm, RFC 8291) and signs the VAPID token (RFC 8292); the request itself goes out on the
 * JDK's HTTP client so that its time-outs and the push service's answers are ours to read.
 */
class WebPushGateway implements PushGateway {

    static final String PLATFORM = "webpush";
    /** A notice about a case is stale after a day; the push service may drop it then. */
    private static final int TTL_SECONDS = 24 * 60 * 60;

    private final boolean enabled;
    private final WebPush webPush;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebPushGateway(PushProperties properties) {
        this.enabled = properties.enabled();
        this.webPush = new WebPush(properties.subject(), keys(properties));
    }

    /** The configured pair, or (push off) one made up for this node, which is never used to send. */
    private static VapidKeys keys(PushProperties properties) {
        var publicKey = properties.vapidPublicKey();
        var privateKey = properties.vapidPrivateKey();
        if (publicKey == null || publicKey.isBlank() || privateKey == null || privateKey.isBlank()) {
            if (properties.enabled()) {
                throw new IllegalStateException("nafitha.push.enabled needs nafitha.push.vapid-public-key and "
                        + "nafitha.push.vapid-private-key");
            }
            return VapidKeys.generate();
        }
        return VapidKeys.fromUncompressedBytes(publicKey, privateKey);
    }

    @Override
    public boolean delivers(String platform) {
        return enabled && PLATFORM.equals(platform);
    }

    @Override
    public void send(PushMessage message) {
        if (!delivers(message.platform()) || message.p256dh() == null || message.auth() == null) {
            throw new PushNotSent("no Web Push subscription to send to", PushNotSent.Kind.PERMANENT);
        }
        var decoder = Base64.getUrlDecoder();
        var body = webPush.getBody(message.payload().getBytes(StandardCharsets.UTF_8),
                decoder.decode(message.p256dh()), decoder.decode(message.auth()));
        var request = HttpRequest.newBuilder(URI.create(message.address())).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        webPush.getHeaders(message.address(), TTL_SECONDS, null, WebPush.Urgency.Normal).forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PushNotSent("push service unreachable: " + e.getMessage(), PushNotSent.Kind.TEMPORARY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushNotSent("interrupted", PushNotSent.Kind.TEMPORARY, e);
        }
        var status = response.statusCode();
        if (status >= 200 && status < 300) return;
        var reason = "push service answered " + status;
        if (status == 404 || status == 410) throw new PushNotSent(reason, PushNotSent.Kind.GONE);
        if (status == 429 || status >= 500) throw new PushNotSent(reason, PushNotSent.Kind.TEMPORARY);
        throw new PushNotSent(reason, PushNotSent.Kind.PERMANENT);
    }
}
