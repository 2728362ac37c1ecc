package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.country.ArabicDigits;
import org.nafitha.issuance.internal.CourierSignatures;
import org.nafitha.issuance.internal.Deliveries;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.nafitha.transparency.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vehicle registration renewed and delivered home: the applicant chooses delivery with a map
 * point; the courier reports through its signed API — picked up, out for delivery (the applicant
 * gets a handover code by SMS), a wrong code refused and counted, the right code delivers; every
 * step reaches the applicant's phone. Pickup at an office likewise, at the counter. Forged, stale
 * and replayed courier requests are refused.
 */
@NafithaTest
class DeliveryJourneyApiTest {

    private static final String COURIER = "courier1";
    private static final String KEY = "demo-courier-key-not-secret";

    @LocalServerPort
    int port;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Deliveries deliveries;
    @Autowired
    AuditTrail audit;
    ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String approvedRenewal() {
        var citizen = api.login("1000000016");
        var reference = api.post("/api/v1/applications", citizen, """
                        {"serviceCode":"vehicle-registration-renewal","fields":{"plateNumber":"4821 RSD",
                         "sequenceNumber":"382910475","renewalYears":"2","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(reference.status()).as(reference.raw().body()).isEqualTo(201);
        var ref = reference.text("reference");
        assertThat(api.post("/api/v1/staff/cases/" + ref + "/decisions", api.login("traffic1"), "{\"action\":\"approve\"}")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> documents.existsFor(new CaseReference(ref)));
        return ref;
    }

    private ApiClient.Response chooseHome(String reference, String key) {
        return api.post("/api/v1/applications/" + reference + "/delivery", api.login("1000000016"), """
                {"method":"HOME","district":"حي الملقا","address":"شارع أنس بن مالك، مبنى ١٢، شقة ٤","latitude":24.8121,"longitude":46.6102}""",
                "Idempotency-Key", key);
    }

    private HttpResponse<String> courier(String method, String path, String body, long timestamp, String nonce, String key)
            throws Exception {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var signature = CourierSignatures.sign(key, method, path, Long.toString(timestamp), nonce, bytes);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Courier-Id", COURIER)
                .header("X-Timestamp", Long.toString(timestamp)).header("X-Nonce", nonce).header("X-Signature", signature)
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> report(String delivery, String body) throws Exception {
        return courier("POST", "/api/v1/courier/deliveries/" + delivery + "/events", body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString(), KEY);
    }

    private JsonNode outbox(String to) {
        return api.get("/api/v1/dev/outbox?to=" + to, null).body();
    }

    @Test
    void aRenewedRegistrationIsDeliveredHomeAgainstTheRecipientsCode() throws Exception {
        var reference = approvedRenewal();
        var key = UUID.randomUUID().toString();
        var chosen = chooseHome(reference, key);
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(201);
        assertThat(chosen.text("status")).isEqualTo("PREPARED");
        assertThat(chosen.body().path("fee").asInt()).isEqualTo(25);
        assertThat(chooseHome(reference, key).status()).as("the same request again").isEqualTo(200);
        assertThat(chooseHome(reference, UUID.randomUUID().toString()).status()).as("a second choice").isEqualTo(409);
        var delivery = chosen.text("id");

        assertThat(report(delivery, "{\"event\":\"delivered\",\"code\":\"000000\"}").statusCode()).isEqualTo(409);
        assertThat(report(delivery, "{\"event\":\"picked-up\"}").statusCode()).isEqualTo(204);
        var today = courier("GET", "/api/v1/courier/deliveries", "", Instant.now().getEpochSecond(), UUID.randomUUID().toString(), KEY);
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains(delivery).contains("حي الملقا");
        assertThat(report(delivery, "{\"event\":\"out-for-delivery\"}").statusCode()).isEqualTo(204);

        // The handover code reaches the applicant's phone once the step is committed.
        var code = await().atMost(Duration.ofSeconds(20)).until(() -> handoverCode(reference), c -> c != null);
        var wrong = code.equals("111111") ? "222222" : "111111";
        var refused = report(delivery, "{\"event\":\"delivered\",\"code\":\"" + wrong + "\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("code").asString()).isEqualTo("issuance.delivery.refused.wrong-code");
        assertThat(deliveries.find(UUID.fromString(delivery)).orElseThrow().wrongCodes()).isEqualTo(1);
        assertThat(deliveries.find(UUID.fromString(delivery)).orElseThrow().status()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);

        assertThat(report(delivery, "{\"event\":\"delivered\",\"code\":\"" + code + "\"}").statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/applications/" + reference + "/delivery", api.login("1000000016")).text("status"))
                .isEqualTo("DELIVERED");
        assertThat(audit.forCase(reference)).extracting(AuditTrail.RecordedEntry::action)
                .contains("delivery.handover.refused", "delivery.handover");
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox("1000000016").toString().contains("سُلّمت وثيقة معاملتك " + reference));
        assertThat(outbox("1000000016").toString()).contains("سُلّمت وثيقة معاملتك " + reference + " إلى شركة التوصيل");
    }

    @Test
    void afterTooManyWrongCodesOnlyAnIdCheckHandsTheDocumentOver() throws Exception {
        var reference = approvedRenewal();
        var delivery = chooseHome(reference, UUID.randomUUID().toString()).text("id");
        report(delivery, "{\"event\":\"picked-up\"}");
        report(delivery, "{\"event\":\"out-for-delivery\"}");
        var code = await().atMost(Duration.ofSeconds(20)).until(() -> handoverCode(reference), c -> c != null);
        var wrong = code.equals("111111") ? "222222" : "111111";
        for (int i = 0; i < 5; i++) assertThat(report(delivery, "{\"event\":\"delivered\",\"code\":\"" + wrong + "\"}").statusCode()).isEqualTo(422);
        assertThat(report(delivery, "{\"event\":\"delivered\",\"code\":\"" + code + "\"}").statusCode()).isEqualTo(429);
        assertThat(report(delivery, "{\"event\":\"delivered\"}").statusCode()).isEqualTo(422);
        assertThat(report(delivery, "{\"event\":\"delivered\",\"idChecked\":true}").statusCode()).isEqualTo(204);
    }

    @Test
    void aDocumentForPickupIsHandedOverAtTheChosenOfficeAgainstTheCode() throws Exception {
        var reference = approvedRenewal();
        var citizen = api.login("1000000016");
        var badOffice = api.post("/api/v1/applications/" + reference + "/delivery", citizen,
                "{\"method\":\"PICKUP\",\"office\":\"القمر\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(badOffice.status()).isEqualTo(422);
        assertThat(badOffice.body().path("errors").get(0).path("field").asString()).isEqualTo("office");
        var chosen = api.post("/api/v1/applications/" + reference + "/delivery", citizen,
                "{\"method\":\"PICKUP\",\"office\":\"riyadh-olaya\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(chosen.status()).isEqualTo(201);
        assertThat(chosen.body().path("fee").asInt()).isZero();
        var delivery = chosen.text("id");
        assertThat(report(delivery, "{\"event\":\"picked-up\"}").statusCode()).as("no courier for a pickup").isEqualTo(409);

        var traffic = api.login("traffic1");
        assertThat(api.post("/api/v1/staff/deliveries/" + delivery + "/ready", api.login("civil1"), "{}").status())
                .as("another department").isEqualTo(404);
        assertThat(api.post("/api/v1/staff/deliveries/" + delivery + "/ready", traffic, "{}").status()).isEqualTo(204);
        var code = await().atMost(Duration.ofSeconds(20)).until(() -> handoverCode(reference), c -> c != null);
        var wrong = code.equals("111111") ? "222222" : "111111";
        var refused = api.post("/api/v1/staff/deliveries/" + delivery + "/handover", traffic, "{\"code\":\"" + wrong + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(deliveries.find(UUID.fromString(delivery)).orElseThrow().wrongCodes()).isEqualTo(1);
        assertThat(api.post("/api/v1/staff/deliveries/" + delivery + "/handover", traffic, "{\"code\":\"" + code + "\"}").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/applications/" + reference + "/delivery", citizen).text("status")).isEqualTo("DELIVERED");
        assertThat(audit.forCase(reference)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("delivery.handover");
            assertThat(e.actor()).isEqualTo("traffic1");
        });
    }

    @Test
    void forgedStaleAndReplayedCourierRequestsAreRefused() throws Exception {
        var path = "/api/v1/courier/deliveries/" + UUID.randomUUID() + "/events";
        var body = "{\"event\":\"picked-up\"}";
        var now = Instant.now().getEpochSecond();
        var forged = courier("POST", path, body, now, UUID.randomUUID().toString(), "someone-elses-key");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("issuance.courier.refused.bad-signature");
        var stale = courier("POST", path, body, now - 3600, UUID.randomUUID().toString(), KEY);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("issuance.courier.refused.stale");
        var nonce = UUID.randomUUID().toString();
        assertThat(courier("POST", path, body, now, nonce, KEY).statusCode()).as("signed, unknown delivery").isEqualTo(404);
        var replayed = courier("POST", path, body, now, nonce, KEY);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("issuance.courier.refused.replayed");
    }

    /** The newest handover code texted for this case, read from the dev outbox. */
    private String handoverCode(String reference) {
        for (var message : outbox("1000000016")) {
            var text = message.path("text").asString();
            if (!text.contains(reference)) continue;
            var m = Pattern.compile("(?:رمز الاستلام|Handover code): (\\d{6})").matcher(
                    ArabicDigits.toLatin(text));
            if (m.find()) return m.group(1);
        }
        return null;
    }
}
