package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A paid charge tells its payer: an inbox line to the receipt, and an SMS in their language with its link. */
@NafithaTest
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PaymentReceivedNotificationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePayerIsToldOnceWithTheAmountAndTheReceiptsLink() throws Exception {
        var api = new ApiClient(port);
        var charge = new Payer(api).paidFee(api.login("1000000016"), "4111111111111111");

        var sms = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT body FROM notification_messages
                        WHERE template_key = 'payment-received' AND case_reference = :charge AND channel = 'SMS'""")
                .param("charge", charge).query(String.class).list(), list -> !list.isEmpty());
        assertThat(sms).hasSize(1);
        assertThat(sms.getFirst()).startsWith("نافذة: استلمنا ").contains("/payments/" + charge + "/receipt", charge)
                .doesNotContain("{{");

        var inbox = jdbc.sql("SELECT message_key FROM inbox_messages WHERE recipient = '1000000016' AND case_reference = :charge")
                .param("charge", charge).query(String.class).list();
        assertThat(inbox).containsExactly("payments.inbox.received");
    }
}
