package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A new mobile developer with nothing but {@code /v3/api-docs}: find a service booked by
 * appointment, the offices that receive it, a free day and time, and book it — no code or office
 * known in advance.
 */
@NafithaTest
class BookFromTheApiAloneTest {

    @LocalServerPort
    int port;

    @Test
    void aServiceItsOfficesAFreeDayAndATimeAreFoundThroughTheApiAndBooked() throws Exception {
        var api = new ApiClient(port);
        var docs = api.get("/v3/api-docs", null).body();
        assertThat(docs.path("paths").has("/api/v1/appointments/offices")).isTrue();
        var mohammed = api.login("2000000006");

        JsonNode office = null;
        String service = null;
        for (var summary : api.get("/api/v1/services", null).body()) {
            var code = summary.path("code").asString();
            if (!api.get("/api/v1/services/" + code, null).body().path("appointment").asBoolean()) continue;
            var offices = api.get("/api/v1/appointments/offices?service=" + code, mohammed);
            assertThat(offices.status()).isEqualTo(200);
            for (var candidate : offices.body()) {
                if (candidate.has("nextFreeDay") && office == null) {
                    office = candidate;
                    service = code;
                }
            }
        }
        assertThat(office).as("some office has a free day for some service booked by appointment").isNotNull();
        assertThat(office.path("name").path("ar").asString()).isNotBlank();
        assertThat(office.path("name").path("en").asString()).isNotBlank();
        assertThat(office.path("address").path("ar").asString()).isNotBlank();
        assertThat(office.path("hours").size()).isPositive();
        assertThat(office.path("hours").get(0).path("opens").asString()).matches("\\d{2}:\\d{2}(:\\d{2})?");
        assertThat(office.path("minutes").asInt()).isPositive();

        var day = office.path("nextFreeDay").asString();
        var slots = api.get("/api/v1/appointments/slots?service=" + service + "&office=" + office.path("code").asString()
                + "&from=" + day + "&to=" + day, mohammed);
        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.body().size()).as("the next free day has a free slot").isPositive();
        var start = slots.body().get(0).path("start").asString();

        var booked = api.post("/api/v1/appointments", mohammed, """
                {"service":"%s","office":"%s","start":"%s"}""".formatted(service, office.path("code").asString(), start),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
        assertThat(booked.text("office")).isEqualTo(office.path("code").asString());
        var location = booked.raw().headers().firstValue("Location").orElseThrow();
        assertThat(api.get(location, mohammed).text("start")).isEqualTo(booked.text("start"));
        var id = booked.text("id");
        assertThat(api.get("/api/v1/appointments", mohammed).body().valueStream().map(a -> a.path("id").asString()))
                .contains(id);
        assertThat(api.put(location + "/interpreter", mohammed, "{\"note\":\"لغة الإشارة السعودية\"}").status())
                .isEqualTo(204);
        assertThat(api.put(location + "/interpreter", mohammed, "{\"note\":\"" + "ن".repeat(301) + "\"}").status())
                .isEqualTo(422);
        assertThat(api.put(location + "/interpreter", api.login("1000000016"), "{}").status()).as("not hers").isEqualTo(404);
        assertThat(delete(location + "/interpreter", mohammed)).isEqualTo(204);
        assertThat(delete(location + "/interpreter", mohammed)).as("nothing left to withdraw").isEqualTo(404);
        assertThat(delete(location, mohammed)).as("given back, so the demo seat stays free").isEqualTo(204);
    }

    @Test
    void theDemoOfficesHaveTheirMapPointAndTheNextFreeDayInWordsInTheLanguageAsked() {
        var api = new ApiClient(port);
        var token = api.login("2000000006");
        var arabic = api.get("/api/v1/appointments/offices?service=passport-issue", token, "Accept-Language", "ar");
        var olaya = find(arabic.body(), "riyadh-passports-olaya");
        assertThat(olaya.path("location").path("latitude").asDouble()).isEqualTo(24.6948);
        assertThat(olaya.path("location").path("longitude").asDouble()).isEqualTo(46.6853);
        assertThat(olaya.path("type").asString()).isEqualTo("PASSPORT_OFFICE");
        assertThat(olaya.path("hours").get(0).path("day").asString()).as("the week starts on Sunday").isEqualTo("SUNDAY");
        if (olaya.has("nextFreeDay")) {
            assertThat(olaya.path("nextFreeDayText").asString()).contains("هـ");
            var english = find(api.get("/api/v1/appointments/offices?service=passport-issue", token,
                    "Accept-Language", "en").body(), "riyadh-passports-olaya");
            assertThat(english.path("nextFreeDayText").asString()).doesNotContain("هـ").matches(".*[A-Za-z].*");
        }
        var signedOut = api.get("/api/v1/appointments/offices?service=passport-issue", null);
        assertThat(signedOut.status()).as("offices and their hours are public, like the catalogue").isEqualTo(200);
        assertThat(find(signedOut.body(), "riyadh-passports-olaya").path("address").path("ar").asString()).isNotBlank();
    }

    @Test
    void aMissingUnknownOrWalkInServiceIsAProblemWithAReasonNeverAnEmptyList() {
        var api = new ApiClient(port);
        var token = api.login("2000000006");
        var missing = api.get("/api/v1/appointments/offices", token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var unknown = api.get("/api/v1/appointments/offices?service=no-such-service", token, "Accept-Language", "ar");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("code")).isEqualTo("appointments.refusal.UNKNOWN_SERVICE");
        var walkIns = new ArrayList<String>();
        for (var summary : api.get("/api/v1/services", null).body()) {
            var code = summary.path("code").asString();
            if (!api.get("/api/v1/services/" + code, null).body().path("appointment").asBoolean()) walkIns.add(code);
        }
        assertThat(walkIns).isNotEmpty();
        var walkIn = api.get("/api/v1/appointments/offices?service=" + walkIns.get(0), token);
        assertThat(walkIn.status()).isEqualTo(422);
        assertThat(walkIn.text("code")).isEqualTo("appointments.refusal.NOT_BY_APPOINTMENT");
        assertThat(api.get("/api/v1/appointments/offices?service=no-such-service", null).status())
                .as("signed out, the same answers").isEqualTo(404);
    }

    private static JsonNode find(JsonNode offices, String code) {
        for (var office : offices) {
            if (office.path("code").asString().equals(code)) return office;
        }
        throw new AssertionError("no office " + code + " in " + offices);
    }

    private int delete(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
