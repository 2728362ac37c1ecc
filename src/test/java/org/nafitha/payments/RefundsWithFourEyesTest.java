package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A refund is proposed by one finance officer and approved by another, never above what was paid. */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class RefundsWithFourEyesTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aPartialRefundNeedsASecondFinanceOfficerAndTheRestRefundsThePaymentInFull() throws Exception {
        var citizen = api.login("1000000016");
        var charge = new Payer(api).paidFee(citizen, "4111111111111111");
        var finance1 = api.login("finance1");
        var finance2 = api.login("finance2");

        var notFinance = api.post("/api/v1/finance/refunds", citizen, proposal(charge, "100", "رسوم محصلة مرتين"));
        assertThat(notFinance.status()).isEqualTo(403);
        assertThat(api.post("/api/v1/finance/refunds", finance1, proposal(charge, "-5", "مبلغ سالب")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/finance/refunds", finance1, proposal(charge, "300.01", "أكثر من المدفوع")).text("code"))
                .isEqualTo("payments.REFUND_ABOVE_PAID");

        var proposed = api.post("/api/v1/finance/refunds", finance1, proposal(charge, "100", "أُلغي خيار التوصيل"));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.text("status")).isEqualTo("PROPOSED");
        var own = api.post("/api/v1/finance/refunds/" + proposed.text("id") + "/approval", finance1, "");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("code")).isEqualTo("payments.FOUR_EYES");
        var approved = api.post("/api/v1/finance/refunds/" + proposed.text("id") + "/approval", finance2, "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.text("decidedBy")).isEqualTo("finance2");
        assertThat(api.post("/api/v1/finance/refunds/" + proposed.text("id") + "/approval", finance2, "").status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/payments/" + charge, citizen).text("status")).isEqualTo("PAID");

        assertThat(api.post("/api/v1/finance/refunds", finance2, proposal(charge, "200.01", "الباقي وزيادة")).text("code"))
                .isEqualTo("payments.REFUND_ABOVE_PAID");
        var rest = api.post("/api/v1/finance/refunds", finance2, proposal(charge, "200", "سُحب الطلب قبل معالجته"));
        assertThat(api.post("/api/v1/finance/refunds/" + rest.text("id") + "/approval", finance1, "").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/payments/" + charge, citizen).text("status")).isEqualTo("REFUNDED");
    }

    private static String proposal(String charge, String amount, String reason) {
        return "{\"chargeId\":\"" + charge + "\",\"amount\":" + amount + ",\"reason\":\"" + reason + "\"}";
    }
}
