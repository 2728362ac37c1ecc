package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestClock;
import org.nafitha.TestImages;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.PaymentHolds;
import org.nafitha.payments.internal.Due;
import org.nafitha.payments.internal.Dues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A paid service's case waits for its fee, unseen by the department, with its lines from the catalogue. */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PaidServiceHoldTest {

    private static final String TEN_YEARS = """
            {"serviceCode":"passport-renewal","fields":{"validityYears":"10","mobile":"0501234567"}}""";

    @LocalServerPort
    int port;
    @Autowired
    Dues dues;
    @Autowired
    PaymentHolds holds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aTenYearPassportOwesTheBaseFeeAndTheTenYearLineAndWaitsForPaymentUnseenByOfficers() {
        var citizen = api.login("1000000008");
        var created = api.post("/api/v1/applications", citizen, TEN_YEARS, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("AWAITING_PAYMENT");
        var reference = created.text("reference");
        api.upload("/api/v1/applications/" + reference + "/documents", citizen, "photo", "صورتي.png",
                TestImages.portrait("png"), "image/png");
        assertThat(api.get("/api/v1/applications/" + reference, citizen).text("status")).isEqualTo("AWAITING_PAYMENT");

        var due = await().atMost(Duration.ofSeconds(20)).until(() -> dues.find(DueKind.FEE, reference), d -> d.isPresent()).get();
        assertThat(due.payer()).isEqualTo("1000000008");
        assertThat(due.lines()).extracting(l -> l.code()).containsExactly("base", "ten-years");
        assertThat(due.lines().getFirst().label().ar()).isEqualTo("رسم الخدمة: تجديد جواز السفر");
        assertThat(due.total().amount()).isEqualByComparingTo("600");
        assertThat(due.total().currency().getCurrencyCode()).isEqualTo("SAR");

        var held = jdbc.sql("SELECT assignee, due_at FROM cases WHERE reference = :ref").param("ref", reference)
                .query((rs, n) -> rs.getString(1) == null && rs.getTimestamp(2) == null).single();
        assertThat(held).as("nobody holds the case and its clock does not run").isTrue();
        var officer = api.login("officer1");
        assertThat(api.get("/api/v1/staff/queue", officer).body().findValuesAsString("reference")).doesNotContain(reference);
    }

    @Test
    void aCaseWhoseFeeIsNotPaidInTimeEndsAndItsDueIsNoLongerOwed() {
        var citizen = api.login("1000000016");
        var reference = api.post("/api/v1/applications", citizen, TEN_YEARS, "Idempotency-Key",
                UUID.randomUUID().toString()).text("reference");
        await().atMost(Duration.ofSeconds(20)).until(() -> dues.find(DueKind.FEE, reference).isPresent());
        try {
            clock.advance(Duration.ofDays(15));
            assertThat(holds.expireUnpaid()).isGreaterThanOrEqualTo(1);
        } finally {
            clock.reset();
        }
        assertThat(api.get("/api/v1/applications/" + reference, citizen).text("status")).isEqualTo("PAYMENT_EXPIRED");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                dues.find(DueKind.FEE, reference).orElseThrow().status() == Due.Status.CANCELLED);
        assertThat(api.get("/api/v1/payments/due", citizen).body().findValuesAsString("reference")).doesNotContain(reference);
        assertThat(holds.release(new CaseReference(reference), "late")).isInstanceOf(PaymentHolds.NotHeld.class);
    }

    @Test
    void releasingTheHoldSendsTheCaseOnOnceEvenWhenReleasedTwice() {
        var citizen = api.login("1000000016");
        var created = api.post("/api/v1/applications", citizen, TEN_YEARS.replace("\"10\"", "\"5\""),
                "Idempotency-Key", UUID.randomUUID().toString());
        var reference = new CaseReference(created.text("reference"));
        var first = holds.release(reference, "test payment");
        var second = holds.release(reference, "test payment");
        assertThat(first).isEqualTo(new PaymentHolds.Released(reference, "AWAITING_DOCUMENTS"));
        assertThat(second).isInstanceOf(PaymentHolds.NotHeld.class);
        var timeline = api.get("/api/v1/applications/" + reference.value(), citizen).body().path("timeline");
        assertThat(timeline.findValuesAsString("status")).containsExactly("AWAITING_PAYMENT", "AWAITING_DOCUMENTS");
    }
}
