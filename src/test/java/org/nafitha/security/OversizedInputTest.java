package org.nafitha.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile sizes answer 4xx, never 500: a body over the limit, a field over its length, nesting too
 * deep, an array of too many elements; as problem+json for the API and the "too large" page for
 * forms, in the person's language, before any work (no CSRF token, no session needed to be refused).
 */
@NafithaTest
class OversizedInputTest {

    private static final String MEGABYTE = "ن".repeat(1024 * 1024);

    @LocalServerPort
    int port;
    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aMegabyteUsernameInTheApiSignInIsRefusedAsTooLarge() {
        var answer = api.post("/api/v1/auth/login", null,
                "{\"username\":\"" + MEGABYTE + "\",\"password\":\"x\"}", "Accept-Language", "en");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).isEqualTo("portal.input.tooLarge");
        assertThat(answer.text("detail")).startsWith("The request is larger than allowed");
    }

    @Test
    void aUsernameOverItsLengthNamesTheFieldInThePersonsLanguage() {
        var answer = api.post("/api/v1/auth/login", null,
                "{\"username\":\"" + "1".repeat(129) + "\",\"password\":\"x\"}", "Accept-Language", "ar");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.text("code")).isEqualTo("portal.input.tooLong");
        assertThat(answer.text("field")).isEqualTo("username");
        assertThat(answer.body().path("max").asInt()).isEqualTo(128);
        assertThat(answer.text("detail")).startsWith("الحقل username أطول من المسموح");
    }

    @Test
    void aLongPasswordIsRefusedBeforeItIsHashed() {
        var answer = api.post("/api/v1/auth/login", null,
                "{\"username\":\"1000000008\",\"password\":\"" + "p".repeat(3000) + "\"}");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.text("field")).isEqualTo("password");
    }

    @Test
    void aMegabyteInTheSignInFormGetsTheTooLargePageNotAnError() throws Exception {
        var page = form("/signin", Map.of("username", MEGABYTE, "password", "x"));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("ما أرسلته أكبر من المسموح");
    }

    @Test
    void aFieldOverTheFloorInAnyFormIsRefusedWithoutReachingIt() throws Exception {
        assertThat(form("/signin", Map.of("username", "1".repeat(5000), "password", "x")).statusCode()).isEqualTo(413);
        assertThat(form("/register", Map.of("nationalId", "1".repeat(5000))).statusCode()).isEqualTo(413);
        assertThat(form("/communication", Map.of("topic", "ت".repeat(5000), "body", "نص")).statusCode()).isEqualTo(413);
    }

    @Test
    void aLongQueryParameterIsRefused() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services?page="
                + "a".repeat(5000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        // a search query may be longer: the search answers it with its own message beside the field
        var search = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services?q="
                + "a".repeat(5000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(200);
    }

    @Test
    void aBodySentWithoutALengthIsCutOffAtTheLimit() throws Exception {
        var body = ("{\"username\":\"1000000008\",\"password\":\"" + MEGABYTE + "\"}").getBytes(StandardCharsets.UTF_8);
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("portal.input.tooLarge");
    }

    @Test
    void deepNestingIsRefused() {
        var deep = "[".repeat(1000) + "]".repeat(1000);
        var answer = api.post("/api/v1/applications", api.login("1000000016"),
                "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"x\":" + deep + "}}", "Idempotency-Key", "deep");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.text("code")).isEqualTo("portal.input.tooLarge");
    }

    @Test
    void aHugeArrayIsRefused() {
        var token = api.login("1000000016");
        var array = String.join(",", Collections.nCopies(60_000, "0"));
        var answer = api.post("/api/v1/applications", token,
                "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"x\":[" + array + "]}}", "Idempotency-Key", "huge-array");
        assertThat(answer.status()).isEqualTo(413);
    }

    /** Every string of the API's bodies at the longest the floor allows: refused or handled, never 500. */
    @Test
    void everyApiFieldAtTheFloorAnswersWithoutAServerError() {
        var citizen = api.login("1000000016");
        var officer = api.login("officer1");
        var near = "ن".repeat(3999);
        var text = "ن".repeat(19_999);
        var bodies = List.of(
                new Call("/api/v1/auth/login", null, "{\"username\":\"" + "1".repeat(128) + "\",\"password\":\"" + "p".repeat(128) + "\"}"),
                new Call("/api/v1/auth/otp", null, "{\"challengeId\":\"5b1f5a2e-0000-4000-8000-000000000000\",\"code\":\"" + "1".repeat(20) + "\"}"),
                new Call("/api/v1/applications", citizen, "{\"serviceCode\":\"" + near + "\"}"),
                new Call("/api/v1/applications", citizen, "{\"serviceCode\":\"passport-renewal\",\"onBehalfOf\":\"" + near + "\",\"fields\":{\"" + "f".repeat(150) + "\":\"" + text + "\"}}"),
                new Call("/api/v1/applications", citizen, "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"reason\":\"" + text + "\"}}"),
                new Call("/api/v1/conversations", citizen, "{\"topic\":\"" + near + "\",\"body\":\"" + text + "\"}"),
                new Call("/api/v1/conversations", citizen, "{\"topic\":\"GENERAL\",\"caseReference\":\"" + near + "\",\"body\":\"" + text + "\"}"),
                new Call("/api/v1/appointments", citizen, "{\"service\":\"" + near + "\",\"office\":\"" + near + "\",\"start\":\"" + near + "\",\"caseReference\":\"" + near + "\",\"onBehalfOf\":\"" + near + "\"}"),
                new Call("/api/v1/staff/cases/" + "P".repeat(200) + "/notes", officer, "{\"body\":\"" + text + "\",\"internal\":true}"),
                new Call("/api/v1/staff/cases/" + "P".repeat(200) + "/decisions", officer, "{\"action\":\"" + near + "\",\"reason\":\"" + text + "\",\"note\":\"" + text + "\"}"),
                new Call("/api/v1/staff/archive/imports/folder", officer, "{\"folder\":\"" + near + "\"}"));
        for (var call : bodies) {
            var answer = api.post(call.path(), call.token(), call.body(), "Idempotency-Key", "floor-" + call.hashCode());
            assertThat(answer.status()).as(call.path() + " " + answer.raw().body()).isBetween(400, 499);
        }
    }

    private record Call(String path, String token, String body) {
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "ar")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
