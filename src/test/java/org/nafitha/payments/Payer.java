package org.nafitha.payments;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.nafitha.ApiClient;

/** A citizen paying a five-year passport's fee by card on the simulator's hosted page, as tests need it done. */
final class Payer {

    private final ApiClient api;

    Payer(ApiClient api) {
        this.api = api;
    }

    /** Applies, pays the fee with the card given, waits for the charge to be paid; returns the charge ID. */
    String paidFee(String token, String card) throws Exception {
        var created = api.post("/api/v1/applications", token, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0501234567"}}""",
                "Idempotency-Key", UUID.randomUUID().toString());
        var reference = created.text("reference");
        var due = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/payments/due", token).body()
                .valueStream().filter(d -> d.path("reference").asString().equals(reference)).findFirst(),
                Optional::isPresent).orElseThrow();
        var charge = api.post("/api/v1/payments", token, "{\"items\":[\"" + due.path("id").asString() + "\"]}",
                "Idempotency-Key", UUID.randomUUID().toString());
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(charge.text("redirectUrl")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("cardNumber=" + card)).build(),
                HttpResponse.BodyHandlers.discarding());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/payments/" + charge.text("id"), token).text("status").equals("PAID"));
        return charge.text("id");
    }
}
