package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A vehicle registration renewal does not start while the owner owes a fine; paid by bill number, it does. */
@NafithaTest
@TestPropertySource(properties = {"nafitha.cases.await-payment=true", "nafitha.cases.require-paid-fines=true"})
class FineBlocksRenewalTest {

    private static final String RENEWAL = """
            {"serviceCode":"vehicle-registration-renewal","fields":{"plateNumber":"9034 HTB","renewalYears":"1","mobile":"0567778899"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTrafficFinePaidByBillNumberUnblocksTheRenewal() {
        var api = new ApiClient(port);
        var number = "4413" + (System.nanoTime() % 100_000_000L);
        jdbc.sql("""
                        INSERT INTO traffic_violation_register (violation_number, holder_national_id, plate_latin,
                            committed_on, place_ar, place_en, kind_ar, kind_en, amount, paid)
                        VALUES (:n, '2000000006', '9034 HTB', DATE '2026-12-01', 'طريق الخرج، الرياض',
                                'Al-Kharj Road, Riyadh', 'تجاوز السرعة المحددة', 'Exceeding the speed limit', 300, FALSE)""")
                .param("n", number).update();
        var resident = api.login("2000000006");
        var refused = api.post("/api/v1/applications", resident, RENEWAL, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("cases.unpaidFines");
        assertThat(refused.body().path("unpaidTotal").decimalValue()).isEqualByComparingTo("300");

        var due = api.get("/api/v1/payments/due", resident).body().valueStream()
                .filter(d -> d.path("reference").asString().equals(number)).findFirst().orElseThrow();
        var bill = api.post("/api/v1/payments", resident, "{\"items\":[\"" + due.path("id").asString()
                + "\"],\"method\":\"BILL\"}", "Idempotency-Key", UUID.randomUUID().toString());
        api.post("/simulator/gateway/api/bills/" + bill.text("billNumber") + "/pay", null, "");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT paid FROM traffic_violation_register WHERE violation_number = :n")
                .param("n", number).query(Boolean.class).single());

        var accepted = api.post("/api/v1/applications", resident, RENEWAL, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.text("status")).isEqualTo("AWAITING_PAYMENT");
    }
}
