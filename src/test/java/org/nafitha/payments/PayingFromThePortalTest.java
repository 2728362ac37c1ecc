package org.nafitha.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** "What I owe" in the portal: Arabic first, every line before paying, a plain form to the gateway. */
@NafithaTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "nafitha.cases.await-payment=true")
class PayingFromThePortalTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void aCitizenSeesEachLineThenPaysByCardOrGetsABillNumberWithoutScript() throws Exception {
        var api = new ApiClient(port);
        var token = api.login("1000000016");
        var reference = api.post("/api/v1/applications", token, """
                        {"serviceCode":"passport-renewal","fields":{"validityYears":"10","mobile":"0501234567"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        var due = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/payments/due", token).body()
                .valueStream().filter(d -> d.path("reference").asString().equals(reference)).findFirst(),
                Optional::isPresent).orElseThrow().path("id").asString();

        var nora = MvcVisitor.signedIn(mvc, port, "1000000016");
        var arabic = nora.perform(get("/payments")).getResponse();
        assertThat(arabic.getStatus()).isEqualTo(200);
        assertThat(arabic.getContentAsString()).contains("<h1>مستحقاتي</h1>", "رسم الخدمة: تجديد جواز السفر",
                "جواز صالح لعشر سنوات", "مخالفة مرورية", "name=\"key\"").doesNotContain("??");
        assertThat(nora.perform(get("/payments").param("lang", "en")).getResponse().getContentAsString())
                .contains("<h1>What I owe</h1>", "Service fee: Passport renewal", "Passport valid for ten years");

        var key = UUID.randomUUID().toString();
        var card = nora.perform(post("/payments").with(csrf()).param("items", due).param("method", "CARD")
                .param("key", key)).getResponse();
        assertThat(card.getStatus()).isEqualTo(302);
        assertThat(card.getRedirectedUrl()).contains("/simulator/gateway/pay/");
        var twice = nora.perform(post("/payments").with(csrf()).param("items", due).param("method", "CARD")
                .param("key", key)).getResponse();
        assertThat(twice.getRedirectedUrl()).as("a double click is the same charge").isEqualTo(card.getRedirectedUrl());
        var other = nora.perform(post("/payments").with(csrf()).param("items", due).param("method", "BILL")
                .param("key", UUID.randomUUID().toString())).getResponse();
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(other.getContentAsString()).contains("أحد البنود المختارة مسدد أو قيد السداد في عملية أخرى.");
    }
}
