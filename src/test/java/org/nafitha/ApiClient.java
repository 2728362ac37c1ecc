package org.nafitha;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.nafitha.country.ArabicDigits;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real HTTP client for API tests: JSON in and out, bearer tokens, multipart uploads. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "Nafitha-demo-1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private record Kept(String token, Instant signedIn) {}

    private static final Map<String, Kept> TOKENS = new ConcurrentHashMap<>();

    /** Tokens live 30 minutes; a slow run (a busy machine) signs in anew well before one expires. */
    private static final Duration KEEP_FOR = Duration.ofMinutes(20);

    /**
     * Password, then the SMS code read from the dev outbox, as a tester does: the bearer token.
     * Tokens are kept as an app keeps them, so the suite stays within the limit on codes, and renewed
     * before they expire.
     */
    public String login(String username) {
        return TOKENS.compute(base + "|" + username, (key, kept) ->
                kept != null && kept.signedIn().plus(KEEP_FOR).isAfter(Instant.now())
                        ? kept
                        : new Kept(signIn(username), Instant.now())).token();
    }

    public String signIn(String username) {
        var response = post("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        if (response.status() != 202) throw new IllegalStateException("login failed for " + username + ": " + response.raw().body());
        var challenge = response.text("challengeId");
        var token = post("/api/v1/auth/otp", null, "{\"challengeId\":\"" + challenge + "\",\"code\":\"" + latestCode(username) + "\"}");
        if (token.status() != 200) throw new IllegalStateException("code refused for " + username + ": " + token.raw().body());
        return token.text("token");
    }

    /** The six-digit code of the newest SMS to an account (national ID, staff name or phone), from the dev outbox. */
    public String latestCode(String account) {
        var outbox = get("/api/v1/dev/outbox?to=" + URLEncoder.encode(
                ArabicDigits.toLatin(account), StandardCharsets.UTF_8), null);
        // the newest sign-in code, not a case notification sent to the same account meanwhile
        var text = outbox.body().valueStream()
                .filter(entry -> !entry.path("purpose").asString().startsWith("notification:"))
                .findFirst().map(entry -> entry.path("text").asString()).orElse("");
        var matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        if (!matcher.find()) throw new IllegalStateException("no code in the outbox for " + account + ": " + outbox.raw().body());
        return matcher.group(1);
    }

    public Response get(String path, String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    public Response post(String path, String token, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    public Response put(String path, String token, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    public Response delete(String path, String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (headers.length > 0) request.headers(headers);
        return send(request.build());
    }

    public Response upload(String path, String token, String kind, String filename, byte[] bytes, String declaredType) {
        var boundary = "nafitha-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request);
    }

    private Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var body = response.body().isBlank() ? json.createObjectNode() : parse(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return json.createObjectNode().put("raw", body);
        }
    }
}
