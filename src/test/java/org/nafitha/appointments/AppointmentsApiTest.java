package org.nafitha.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.Offices;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The REST contract: free slots, an idempotent booking, 409 when the slot is gone, move and cancel. */
@NafithaTest
class AppointmentsApiTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Offices offices;
    @Autowired Calendars calendars;

    @Test
    void bookMoveAndCancelThroughTheApi() throws Exception {
        var api = new ApiClient(port);
        var testOffices = new TestOffices(jdbc, offices, calendars);
        var office = testOffices.passportOffice(1);
        LocalDate day = testOffices.openDay(6);
        var noura = api.login("1000000016");
        var ahmed = api.login("1000000008");

        var free = api.get("/api/v1/appointments/slots?service=passport-issue&office=" + office.id() + "&from=" + day
                + "&to=" + day, noura);
        assertThat(free.status()).isEqualTo(200);
        assertThat(free.body().size()).isEqualTo(95);
        var start = free.body().get(4).path("start").asString();
        assertThat(start).isEqualTo(testOffices.at(day, 1, 0).toString());

        var body = "{\"service\":\"passport-issue\",\"office\":\"" + office.id() + "\",\"start\":\"" + start + "\"}";
        var noKey = api.post("/api/v1/appointments", noura, body);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.contentType()).startsWith("application/problem+json");

        var created = api.post("/api/v1/appointments", noura, body, "Idempotency-Key", "noura-passport-1");
        assertThat(created.status()).isEqualTo(201);
        var id = created.text("id");
        assertThat(created.text("person")).isEqualTo("1000000016");
        var replay = api.post("/api/v1/appointments", noura, body, "Idempotency-Key", "noura-passport-1");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(id);
        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).contains("true");

        var gone = api.post("/api/v1/appointments", ahmed, body, "Idempotency-Key", "ahmed-passport-1",
                "Accept-Language", "ar");
        assertThat(gone.status()).isEqualTo(409);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.text("code")).isEqualTo("appointments.refusal.FULL");
        assertThat(gone.text("detail")).contains("اكتمل");

        var holiday = api.post("/api/v1/appointments", ahmed,
                "{\"service\":\"passport-issue\",\"office\":\"" + office.id() + "\",\"start\":\"2020-01-01T06:00:00Z\"}",
                "Idempotency-Key", "ahmed-past");
        assertThat(holiday.status()).isEqualTo(422);
        assertThat(holiday.text("code")).isEqualTo("appointments.refusal.PAST");

        var newStart = testOffices.at(day, 2, 0).toString();
        var moved = send("PUT", "/api/v1/appointments/" + id, noura, "{\"start\":\"" + newStart + "\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains(newStart);
        var ahmedNow = api.post("/api/v1/appointments", ahmed, body, "Idempotency-Key", "ahmed-passport-2");
        assertThat(ahmedNow.status()).as("the old seat was given back").isEqualTo(201);

        assertThat(send("DELETE", "/api/v1/appointments/" + id, ahmed, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/appointments/" + id, noura, null).statusCode()).isEqualTo(204);
        var again = send("DELETE", "/api/v1/appointments/" + id, noura, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send("DELETE", "/api/v1/appointments/" + ahmedNow.text("id"), ahmed, null).statusCode()).isEqualTo(204);

        var badRange = api.get("/api/v1/appointments/slots?service=passport-issue&office=" + office.id()
                + "&from=2026-13-01&to=x", noura);
        assertThat(badRange.status()).isEqualTo(400);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
