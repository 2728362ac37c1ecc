package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.TestImages;
import org.nafitha.payments.internal.ChargeStatusQueries;
import org.nafitha.payments.internal.ConfirmingCharges;
import org.nafitha.payments.internal.NotificationSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Paying fees and fines through the gateway simulator over real HTTP: the hosted card page, 3-D
 * Secure, bill numbers, signed notifications (forged, stale, lost, duplicated) and exactly-once.
 */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PayingThroughTheGatewayTest {

    private static final String FIVE_YEARS = """
            {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0501234567"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ChargeStatusQueries queries;
    @Autowired
    PaymentsProperties properties;
    @Autowired
    ConfirmingCharges confirming;
    ApiClient api;
    final HttpClient browser = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFeePaidOnTheHostedCardPageReleasesTheCaseToTheDepartment() throws Exception {
        var citizen = api.login("1000000008");
        var reference = heldPassportCase(citizen);
        var due = feeDue(citizen, reference);
        assertThat(due.path("total").asString()).isEqualTo("300.00");
        assertThat(due.path("lines").get(0).path("label").path("en").asString()).isEqualTo("Service fee: Passport renewal");

        var key = UUID.randomUUID().toString();
        var body = "{\"items\":[\"" + due.path("id").asString() + "\"],\"method\":\"CARD\"}";
        var created = api.post("/api/v1/payments", citizen, body, "Idempotency-Key", key);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("PENDING");
        assertThat(created.text("amount")).isEqualTo("300.00");
        assertThat(created.text("currency")).isEqualTo("SAR");
        var page = created.text("redirectUrl");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("4111111111111111");

        var back = submit(page, "cardNumber=4111111111111111");
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/payments/" + created.text("id") + "/return");
        awaitStatus(citizen, created.text("id"), "PAID");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/applications/" + reference, citizen).text("status").equals("SUBMITTED"));

        var replay = api.post("/api/v1/payments", citizen, body, "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(created.text("id"));
        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        var reused = api.post("/api/v1/payments", citizen, body.replace("CARD", "BILL"), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.text("code")).isEqualTo("payments.IDEMPOTENCY_KEY_REUSED");
        var again = api.post("/api/v1/payments", citizen, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/payments/" + created.text("id"), api.login("1000000016")).status()).isEqualTo(404);
    }

    @Test
    void aThreeDSecureCardIsChallengedAndADeclinedCardLetsTheDueBePaidAgain() throws Exception {
        var citizen = api.login("1000000016");
        var due = feeDue(citizen, heldPassportCase(citizen)).path("id").asString();
        var declined = pay(citizen, due, "CARD");
        submit(declined.text("redirectUrl"), "cardNumber=4000000000000002");
        awaitStatus(citizen, declined.text("id"), "FAILED");

        var challenged = pay(citizen, due, "CARD");
        assertThat(challenged.status()).isEqualTo(201);
        var step = submit(challenged.text("redirectUrl"), "cardNumber=4000000000003220");
        assertThat(step.headers().firstValue("Location").orElseThrow()).endsWith("/3ds");
        assertThat(api.get("/api/v1/payments/" + challenged.text("id"), citizen).text("status")).isEqualTo("PENDING");
        submit(challenged.text("redirectUrl") + "/3ds", "code=123456");
        awaitStatus(citizen, challenged.text("id"), "PAID");
    }

    @Test
    void aForgedOrStaleNotificationIsRefusedAndChangesNothing() {
        var citizen = api.login("1000000008");
        var due = feeDue(citizen, heldPassportCase(citizen)).path("id").asString();
        var charge = pay(citizen, due, "CARD");
        var body = """
                {"notificationId":"ntf_forged_%s","merchantReference":"%s","status":"SUCCEEDED","amountMinor":30000,"currency":"SAR"}"""
                .formatted(UUID.randomUUID(), charge.text("id"));
        var now = String.valueOf(clock.instant().getEpochSecond());
        var forged = api.post("/api/v1/payments/gateway/notifications", null, body,
                NotificationSignature.TIMESTAMP, now,
                NotificationSignature.SIGNATURE, NotificationSignature.sign("not-the-key", now, bytes(body)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        var old = String.valueOf(clock.instant().minus(Duration.ofHours(1)).getEpochSecond());
        var stale = api.post("/api/v1/payments/gateway/notifications", null, body,
                NotificationSignature.TIMESTAMP, old,
                NotificationSignature.SIGNATURE, NotificationSignature.sign(properties.notificationKey(), old, bytes(body)));
        assertThat(stale.status()).isEqualTo(401);
        var otherAmount = body.replace("30000", "100");
        var mismatch = api.post("/api/v1/payments/gateway/notifications", null, otherAmount,
                NotificationSignature.TIMESTAMP, now,
                NotificationSignature.SIGNATURE, NotificationSignature.sign(properties.notificationKey(), now, bytes(otherAmount)));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/payments/" + charge.text("id"), citizen).text("status")).isEqualTo("PENDING");
    }

    @Test
    void aDuplicatedNotificationPaysOnceAndALostOneIsSettledByTheStatusQuery() throws Exception {
        var citizen = api.login("1000000008");
        var twice = pay(citizen, feeDue(citizen, heldPassportCase(citizen)).path("id").asString(), "CARD");
        submit(twice.text("redirectUrl"), "cardNumber=4000000000000044");
        awaitStatus(citizen, twice.text("id"), "PAID");
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(twice.text("id")) == 2);
        assertThat(paidMoves(twice.text("id"))).isEqualTo(1);

        var lost = pay(citizen, feeDue(citizen, heldPassportCase(citizen)).path("id").asString(), "CARD");
        submit(lost.text("redirectUrl"), "cardNumber=4000000000000077");
        assertThat(api.get("/api/v1/payments/" + lost.text("id"), citizen).text("status")).isEqualTo("PENDING");
        clock.advance(properties.queryAfter().plusMinutes(1));
        queries.queryQuietCharges();
        assertThat(api.get("/api/v1/payments/" + lost.text("id"), citizen).text("status")).isEqualTo("PAID");
        assertThat(paidMoves(lost.text("id"))).isEqualTo(1);
    }

    @Test
    void twoTabsPayingTheSameFeeAtOnceMakeOneCharge() throws Exception {
        var citizen = api.login("1000000016");
        var due = feeDue(citizen, heldPassportCase(citizen)).path("id").asString();
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 6; i++) tasks.add(() -> pay(citizen, due, "CARD").status());
        try (var pool = Executors.newFixedThreadPool(6)) {
            var statuses = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        }
    }

    @Test
    void aTrafficFinePaidByBillNumberIsRecordedPaidInTheRegister() {
        var number = "4412" + (System.nanoTime() % 100_000_000L);
        jdbc.sql("""
                        INSERT INTO traffic_violation_register (violation_number, holder_national_id, plate_latin,
                            committed_on, place_ar, place_en, kind_ar, kind_en, amount, paid)
                        VALUES (:n, '2000000006', '9034 HTB', DATE '2026-11-30', 'طريق الخرج، الرياض',
                                'Al-Kharj Road, Riyadh', 'الوقوف في مكان ممنوع', 'Parking where it is prohibited', 150, FALSE)""")
                .param("n", number).update();
        var resident = api.login("2000000006");
        var due = api.get("/api/v1/payments/due", resident).body().valueStream()
                .filter(d -> d.path("reference").asString().equals(number)).findFirst().orElseThrow();
        assertThat(due.path("kind").asString()).isEqualTo("FINE");
        assertThat(due.path("total").asString()).isEqualTo("150.00");
        var bill = pay(resident, due.path("id").asString(), "BILL");
        assertThat(bill.status()).isEqualTo(201);
        assertThat(bill.text("billNumber")).matches("\\d{10}");
        var paidAtBank = api.post("/simulator/gateway/api/bills/" + bill.text("billNumber") + "/pay", null, "");
        assertThat(paidAtBank.text("status")).isEqualTo("SUCCEEDED");
        awaitStatus(resident, bill.text("id"), "PAID");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT paid FROM traffic_violation_register WHERE violation_number = :n")
                .param("n", number).query(Boolean.class).single());
        assertThat(api.get("/api/v1/payments/due", resident).body().findValuesAsString("reference")).doesNotContain(number);
    }

    @Test
    void aSuccessArrivingAfterTheChargeExpiredIsFlaggedNotApplied() {
        var citizen = api.login("1000000008");
        var charge = pay(citizen, feeDue(citizen, heldPassportCase(citizen)).path("id").asString(), "CARD");
        assertThat(confirming.expire(ChargeId.parse(charge.text("id")), "test")).isTrue();
        var body = """
                {"notificationId":"ntf_late_%s","merchantReference":"%s","status":"SUCCEEDED","amountMinor":30000,"currency":"SAR"}"""
                .formatted(UUID.randomUUID(), charge.text("id"));
        var now = String.valueOf(clock.instant().getEpochSecond());
        var late = api.post("/api/v1/payments/gateway/notifications", null, body, NotificationSignature.TIMESTAMP, now,
                NotificationSignature.SIGNATURE, NotificationSignature.sign(properties.notificationKey(), now, bytes(body)));
        assertThat(late.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/payments/" + charge.text("id"), citizen).text("status")).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("SELECT outcome FROM payment_gateway_notifications WHERE charge_id = :c")
                .param("c", charge.text("id")).query(String.class).single()).isEqualTo("LATE_SUCCESS");
    }

    @Test
    void scriptsSettleAChargeAtTheSimulatorThroughTheDevEndpoint() {
        var citizen = api.login("1000000016");
        var charge = pay(citizen, feeDue(citizen, heldPassportCase(citizen)).path("id").asString(), "CARD");
        var settled = api.post("/api/v1/dev/gateway/payments/" + charge.text("id") + "?outcome=DECLINED", citizen, "");
        assertThat(settled.text("status")).isEqualTo("DECLINED");
        awaitStatus(citizen, charge.text("id"), "FAILED");
        assertThat(api.post("/api/v1/dev/gateway/payments/" + UUID.randomUUID(), citizen, "").status()).isEqualTo(404);
    }

    private String heldPassportCase(String token) {
        var created = api.post("/api/v1/applications", token, FIVE_YEARS, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.text("status")).isEqualTo("AWAITING_PAYMENT");
        var reference = created.text("reference");
        api.upload("/api/v1/applications/" + reference + "/documents", token, "photo", "صورتي.png",
                TestImages.portrait("png"), "image/png");
        return reference;
    }

    private tools.jackson.databind.JsonNode feeDue(String token, String reference) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/payments/due", token).body()
                        .valueStream().filter(d -> d.path("reference").asString().equals(reference)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private ApiClient.Response pay(String token, String due, String method) {
        return api.post("/api/v1/payments", token, "{\"items\":[\"" + due + "\"],\"method\":\"" + method + "\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private void awaitStatus(String token, String charge, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/v1/payments/" + charge, token).text("status").equals(status));
    }

    private HttpResponse<String> submit(String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int notifications(String charge) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_gateway_notifications WHERE charge_id = :c")
                .param("c", charge).query(Integer.class).single();
    }

    private int paidMoves(String charge) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_charge_history WHERE charge_id = :c AND to_status = 'PAID'")
                .param("c", UUID.fromString(charge)).query(Integer.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
