package org.nafitha.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.cases.CaseReference;
import org.nafitha.issuance.internal.Deliveries;
import org.nafitha.issuance.internal.IssuedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's delivery page, without JavaScript: errors in Arabic beside the fields, values kept, one choice. */
@NafithaTest
@AutoConfigureMockMvc
class ChooseDeliveryPageTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Deliveries deliveries;

    @Test
    void aMistypedMapPointIsExplainedWithTheRestKeptThenTheChoiceIsRecordedOnce() throws Exception {
        var api = new ApiClient(port);
        var reference = api.post("/api/v1/applications", api.login("1000000016"), """
                        {"serviceCode":"vehicle-registration-renewal","fields":{"plateNumber":"7310 KSA",
                         "sequenceNumber":"918273645","renewalYears":"1","mobile":"0551112233"}}""",
                "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        api.post("/api/v1/staff/cases/" + reference + "/decisions", api.login("traffic1"), "{\"action\":\"approve\"}");
        var ref = new CaseReference(reference);
        await().atMost(Duration.ofSeconds(20)).until(() -> documents.existsFor(ref));

        var owner = MvcVisitor.signedIn(mvc, port, "1000000016");
        var casePage = owner.perform(get("/applications/" + reference)).getResponse().getContentAsString();
        assertThat(casePage).contains("/applications/" + reference + "/delivery");
        var form = owner.perform(get("/applications/" + reference + "/delivery")).getResponse().getContentAsString();
        assertThat(form).contains("مركز خدمات العليا");
        var token = form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        var wrong = owner.perform(post("/applications/" + reference + "/delivery").with(csrf()).param("token", token)
                .param("method", "HOME").param("district", "حي الياسمين").param("address", "شارع الثمامة، فيلا ٧")
                .param("latitude", "شمال").param("longitude", "٤٦٫٦٤")).getResponse().getContentAsString();
        assertThat(wrong).contains("حدّد موقعك على الخريطة").contains("حي الياسمين").contains("شارع الثمامة، فيلا ٧");
        assertThat(deliveries.forCase(ref)).isEmpty();

        for (int i = 0; i < 2; i++) {
            var done = owner.perform(post("/applications/" + reference + "/delivery").with(csrf()).param("token", token)
                    .param("method", "HOME").param("district", "حي الياسمين").param("address", "شارع الثمامة، فيلا ٧")
                    .param("latitude", "٢٤٫٨٢٤٥").param("longitude", "٤٦٫٦٤١٢")).getResponse();
            assertThat(done.getRedirectedUrl()).isEqualTo("/applications/" + reference + "/delivery");
        }
        var delivery = deliveries.forCase(ref).orElseThrow();
        assertThat(delivery.latitude()).isEqualByComparingTo("24.8245");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PREPARED);
        assertThat(owner.perform(get("/applications/" + reference + "/delivery")).getResponse().getContentAsString())
                .contains("قيد التجهيز");
        assertThat(MvcVisitor.signedIn(mvc, port, "1000000008").perform(get("/applications/" + reference + "/delivery"))
                .getResponse().getStatus()).isEqualTo(404);
    }
}
