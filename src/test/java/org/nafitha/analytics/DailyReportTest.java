package org.nafitha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.country.Calendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The daily report as a signed bilingual PDF and as CSV: a head's department, leadership the whole ministry. */
@NafithaTest
@AutoConfigureMockMvc
class DailyReportTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Calendars calendars;
    @Autowired
    Clock clock;

    @Test
    void aHeadGetsTheirDepartmentsLinesAndLeadershipTheMinistrysTotal() throws Exception {
        var api = new ApiClient(port);
        var reference = api.post("/api/v1/applications", api.login("1000000016"), """
                {"serviceCode":"good-conduct-certificate","fields":{"purpose":"study","addressedTo":"جامعة الملك فهد",\
                "language":"en","mobile":"0551112233"}}""", "Idempotency-Key", UUID.randomUUID().toString()).text("reference");
        assertThat(reference).startsWith("GCC-");
        var today = calendars.today(clock);
        var head = MvcVisitor.signedInOnce(mvc, port, "police-head");
        await().atMost(Duration.ofSeconds(20)).until(() -> head.perform(get("/staff/analytics/report.csv")
                .param("day", today.toString())).getResponse().getContentAsString(StandardCharsets.UTF_8).contains(",police,"));
        var csv = head.perform(get("/staff/analytics/report.csv").param("day", today.toString())).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("day,department,submitted,completed").doesNotContain(",passports,")
                .doesNotContain("TOTAL");

        var pdf = head.perform(get("/staff/analytics/report.pdf").param("day", today.toString())).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Daily service performance report", "Police");
        }

        var leader = MvcVisitor.signedInOnce(mvc, port, "leader1");
        assertThat(leader.perform(get("/staff/analytics/report.csv").param("day", today.toString())).getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(",police,", today + ",TOTAL,");
        assertThat(leader.perform(get("/staff/analytics/report.csv").param("day", "yesterday")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(MvcVisitor.signedInOnce(mvc, port, "police1").perform(get("/staff/analytics/report.pdf")).getResponse()
                .getStatus()).isEqualTo(403);
    }
}
