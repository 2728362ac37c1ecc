package org.nafitha.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.TestClock;
import org.nafitha.notifications.internal.NotificationSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push to a browser, for real: a small HTTP server plays the browser's push service. It checks the
 * VAPID token's signature with the key the API publishes and decrypts the payload (RFC 8291) with
 * the subscription's private key, which only the browser holds: what it reads is what the person
 * would see. A push service that answers 410 makes the device go away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nafitha.push.loopback-endpoints=true")
@ActiveProfiles("demo")
@Import(TestClock.Configuration.class)
class PushNotificationsTest {

    record Received(String path, String authorization, String encoding, byte[] body) {
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The tests' configuration leaves the timer off; a round is driven by hand, as on a node's timer. */
    @Autowired
    NotificationSender sender;

    @Value("${nafitha.push.vapid-public-key}")
    String vapidPublicKey;

    HttpServer pushService;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int answer = 201;

    @BeforeEach
    void startPushService() throws Exception {
        pushService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pushService.createContext("/push/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Encoding"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        pushService.start();
    }

    @AfterEach
    void stopPushService() {
        pushService.stop(0);
    }

    @Test
    void anApplicationsNoticeReachesTheBrowserEncryptedToItAndSignedByUs() throws Exception {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var browser = Subscription.create();
        var endpoint = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/" + UUID.randomUUID();
        var registered = api.post("/api/v1/devices", noura, browser.json(endpoint), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.raw().headers().firstValue("Location")).hasValue("/api/v1/devices/" + registered.text("id"));
        var webPushKey = api.get("/api/v1/devices/webpush-key", noura);
        assertThat(webPushKey.text("publicKey")).as(webPushKey.raw().body()).isEqualTo(vapidPublicKey);

        var submitted = api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        var reference = submitted.text("reference");

        await().atMost(Duration.ofSeconds(30)).until(() -> sender.sendDue() >= 0 && !received.isEmpty());
        var push = received.getFirst();
        assertThat(push.encoding()).isEqualTo("aes128gcm");
        assertThat(verifiedAudience(push.authorization())).isEqualTo("http://127.0.0.1:" + pushService.getAddress().getPort());

        var shown = JsonMapper.builder().build().readTree(browser.decrypt(push.body()));
        var sent = jdbc.sql("SELECT body FROM notification_messages WHERE channel = 'PUSH' AND address = :d")
                .param("d", registered.text("id")).query(String.class).single();
        assertThat(shown.path("reference").asString()).isEqualTo(reference);
        assertThat(shown.path("body").asString()).isEqualTo(sent).contains(reference).matches("(?s).*[\\u0600-\\u06FF].*");
        assertThat(shown.path("lang").asString()).isEqualTo("ar");
    }

    @Test
    void aSubscriptionThePushServiceForgotRemovesTheDevice() {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var endpoint = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/" + UUID.randomUUID();
        var id = api.post("/api/v1/devices", noura, Subscription.create().json(endpoint), "Idempotency-Key",
                UUID.randomUUID().toString()).text("id");
        answer = 410;
        api.post("/api/v1/applications", noura, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> sender.sendDue() >= 0
                && api.get("/api/v1/devices/" + id, noura).status() == 404);
        assertThat(received).anyMatch(r -> endpoint.endsWith(r.path()));
        assertThat(jdbc.sql("SELECT status FROM notification_messages WHERE channel = 'PUSH' AND address = :d")
                .param("d", id).query(String.class).list()).contains("FAILED");
    }

    @Test
    void aPersonWhoTurnedPushOffGetsNone() throws Exception {
        var api = new ApiClient(port);
        var mohammed = api.login("2000000006");
        var endpoint = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/" + UUID.randomUUID();
        var id = api.post("/api/v1/devices", mohammed, Subscription.create().json(endpoint), "Idempotency-Key",
                UUID.randomUUID().toString()).text("id");
        assertThat(api.put("/api/v1/notifications/preferences", mohammed,
                "{\"language\":\"ar\",\"bySms\":true,\"byEmail\":false,\"byPush\":false}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/notifications/preferences", mohammed).body().path("byPush").asBoolean()).isFalse();
        var submitted = api.post("/api/v1/applications", mohammed, """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك سعود",\
                "language":"ar","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString());
        var reference = submitted.text("reference");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM notification_messages WHERE case_reference = :r AND channel = 'SMS'")
                .param("r", reference).query(Long.class).single() > 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_messages WHERE address = :d").param("d", id)
                .query(Long.class).single()).isZero();
        api.put("/api/v1/notifications/preferences", mohammed, "{\"language\":\"ar\",\"bySms\":true,\"byEmail\":false,\"byPush\":true}");
    }

    @Test
    void badRegistrationsAreRefusedFieldByFieldAndTheSameEndpointIsOneDevice() throws Exception {
        var api = new ApiClient(port);
        var noura = api.login("1000000016");
        var key = UUID.randomUUID().toString();
        var badPlatform = api.post("/api/v1/devices", noura, "{\"platform\":\"sms\",\"token\":\"abc\"}", "Idempotency-Key", key,
                "Accept-Language", "ar");
        assertThat(badPlatform.status()).isEqualTo(422);
        assertThat(badPlatform.contentType()).startsWith("application/problem+json");
        assertThat(badPlatform.body().path("errors").path("platform").asString()).matches("(?s).*[\\u0600-\\u06FF].*");

        var endpoint = "https://push.example.net/send/" + UUID.randomUUID();
        var noKeys = api.post("/api/v1/devices", noura, "{\"platform\":\"webpush\",\"endpoint\":\"" + endpoint + "\"}",
                "Idempotency-Key", key);
        assertThat(noKeys.status()).isEqualTo(422);
        assertThat(noKeys.body().path("errors").propertyNames()).contains("keys.p256dh", "keys.auth");
        var shortKey = api.post("/api/v1/devices", noura, "{\"platform\":\"webpush\",\"endpoint\":\"" + endpoint
                + "\",\"keys\":{\"p256dh\":\"AAAA\",\"auth\":\"AAAA\"}}", "Idempotency-Key", key);
        assertThat(shortKey.body().path("errors").propertyNames()).contains("keys.p256dh", "keys.auth");
        var plainHttp = api.post("/api/v1/devices", noura, Subscription.create().json("http://push.example.net/x"),
                "Idempotency-Key", key);
        assertThat(plainHttp.body().path("errors").propertyNames()).containsExactly("endpoint");
        var noIdempotencyKey = api.post("/api/v1/devices", noura, "{\"platform\":\"fcm\",\"token\":\"fcm-token-1\"}");
        assertThat(noIdempotencyKey.status()).as(noIdempotencyKey.raw().body()).isEqualTo(400);
        assertThat(noIdempotencyKey.contentType()).startsWith("application/problem+json");
        assertThat(noIdempotencyKey.text("code")).isEqualTo("notify.IDEMPOTENCY_KEY_REQUIRED");
        var noToken = api.post("/api/v1/devices", noura, "{\"platform\":\"apns\"}", "Idempotency-Key", key);
        assertThat(noToken.body().path("errors").propertyNames()).containsExactly("token");

        var browser = Subscription.create();
        var first = api.post("/api/v1/devices", noura, browser.json(endpoint), "Idempotency-Key", key);
        var again = api.post("/api/v1/devices", noura, browser.json(endpoint), "Idempotency-Key", UUID.randomUUID().toString());
        var retried = api.post("/api/v1/devices", noura, browser.json(endpoint), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.text("id")).isEqualTo(retried.text("id"));
        assertThat(api.get("/api/v1/devices", noura).body().valueStream()
                .filter(d -> d.path("endpoint").asString().equals(endpoint)).count()).isEqualTo(1);

        var app = api.post("/api/v1/devices", noura, "{\"platform\":\"fcm\",\"token\":\"fcm-" + UUID.randomUUID() + "\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(app.status()).isEqualTo(201);
        assertThat(app.body().path("delivered").asBoolean()).as("no FCM adapter on this node").isFalse();

        var mohammed = api.login("2000000006");
        var id = first.text("id");
        assertThat(api.get("/api/v1/devices/" + id, mohammed).status()).isEqualTo(404);
        assertThat(delete(api, "/api/v1/devices/" + id, mohammed)).isEqualTo(404);
        assertThat(api.get("/api/v1/devices", mohammed).body().valueStream().map(d -> d.path("id").asString()))
                .doesNotContain(id);
        assertThat(delete(api, "/api/v1/devices/" + id, noura)).isEqualTo(204);
        assertThat(api.get("/api/v1/devices/" + id, noura).status()).isEqualTo(404);
        assertThat(delete(api, "/api/v1/devices/not-a-device", noura)).isEqualTo(404);
    }

    private int delete(ApiClient api, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Checks {@code vapid t=<JWT>, k=<key>} as a push service does (RFC 8292) and answers the token's audience. */
    private String verifiedAudience(String authorization) throws Exception {
        assertThat(authorization).startsWith("vapid t=");
        var parts = authorization.substring("vapid ".length()).split(",\\s*");
        var token = parts[0].substring(2);
        var k = parts[1].substring(2);
        assertThat(k).isEqualTo(vapidPublicKey);
        var jwt = token.split("\\.");
        var verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(Subscription.publicKey(Base64.getUrlDecoder().decode(k)));
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))).as("VAPID signature").isTrue();
        JsonNode claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.path("exp").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(claims.path("sub").asString()).startsWith("mailto:");
        return claims.path("aud").asString();
    }

    /** A browser's push subscription: its key pair and authentication secret (what PushManager keeps). */
    record Subscription(KeyPair keys, byte[] authSecret) {

        static Subscription create() {
            try {
                var generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                var secret = new byte[16];
                new SecureRandom().nextBytes(secret);
                return new Subscription(generator.generateKeyPair(), secret);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String json(String endpoint) {
            var b64 = Base64.getUrlEncoder().withoutPadding();
            return "{\"platform\":\"webpush\",\"endpoint\":\"%s\",\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
                    .formatted(endpoint, b64.encodeToString(uncompressed((ECPublicKey) keys.getPublic())),
                            b64.encodeToString(authSecret));
        }

        /** RFC 8291 section 3 and RFC 8188, one record: what the browser does on receipt. */
        byte[] decrypt(byte[] body) throws Exception {
            var salt = Arrays.copyOfRange(body, 0, 16);
            int idLength = body[20] & 0xff;
            var serverKey = Arrays.copyOfRange(body, 21, 21 + idLength);
            var ciphertext = Arrays.copyOfRange(body, 21 + idLength, body.length);
            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(publicKey(serverKey), true);
            var ecdhSecret = agreement.generateSecret();
            var keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                    uncompressed((ECPublicKey) keys.getPublic()), serverKey);
            var ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
            var cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            var nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            var padded = cipher.doFinal(ciphertext);
            int end = padded.length - 1;
            while (padded[end] == 0) end--;
            assertThat(padded[end]).as("last record's delimiter").isEqualTo((byte) 2);
            return Arrays.copyOf(padded, end);
        }

        static ECPublicKey publicKey(byte[] uncompressed) throws Exception {
            var params = ((ECPublicKey) create().keys().getPublic()).getParams();
            var point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                    new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, params));
        }

        static byte[] uncompressed(ECPublicKey key) {
            var out = new byte[65];
            out[0] = 4;
            copy(key.getW().getAffineX(), out, 1);
            copy(key.getW().getAffineY(), out, 33);
            return out;
        }

        private static void copy(BigInteger value, byte[] out, int at) {
            var bytes = value.toByteArray();
            int length = Math.min(bytes.length, 32);
            System.arraycopy(bytes, bytes.length - length, out, at + 32 - length, length);
        }

        private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws Exception {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            var prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(concat(info, new byte[]{1})), length);
        }

        private static byte[] concat(byte[]... parts) {
            var out = new ByteArrayOutputStream();
            for (var p : parts) out.writeBytes(p);
            return out.toByteArray();
        }
    }
}
