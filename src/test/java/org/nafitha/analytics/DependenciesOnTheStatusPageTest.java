package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.analytics.internal.StatusChecks;
import org.nafitha.analytics.internal.StatusChecks.State;
import org.nafitha.messaging.TestSmsc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every dependency a citizen would miss is on the status page: the SMS centre, OCR, the archive's search
 * and the payment gateway beside the database and mail. Here the SMS centre is configured on a port
 * nobody listens on: the page says it is down, while the node's own health stays UP (it serves without SMS).
 */
@NafithaTest
@TestPropertySource(properties = {"nafitha.sms.smpp.host=127.0.0.1", "nafitha.sms.smpp.rebind-interval=1h"})
class DependenciesOnTheStatusPageTest {

    static final int NOBODY = TestSmsc.freePort();

    @LocalServerPort
    int port;
    @Autowired
    StatusChecks checks;

    @DynamicPropertySource
    static void smsCentre(DynamicPropertyRegistry registry) {
        registry.add("nafitha.sms.smpp.port", () -> NOBODY);
    }

    @Test
    void theSmsCentreDownShowsOnThePageAndTheNodeStillServes() {
        var now = checks.now();
        assertThat(now).containsEntry("smsCentre", State.DOWN).containsEntry("ocr", State.UP)
                .containsEntry("archiveSearch", State.UP).containsEntry("paymentGateway", State.UP)
                .containsEntry("db", State.UP);

        var api = new ApiClient(port);
        assertThat(api.get("/actuator/health", null).text("status")).as("the node still serves").isEqualTo("UP");
        var page = api.get("/status?lang=en", null).raw().body();
        assertThat(page).contains("SMS centre", "Reading scanned documents (OCR)", "Archive search", "Payment gateway");
        assertThat(api.get("/status?lang=ar", null).raw().body()).contains("مركز الرسائل النصية", "بوابة الدفع");
    }
}
