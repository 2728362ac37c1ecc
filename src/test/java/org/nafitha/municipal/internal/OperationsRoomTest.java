package org.nafitha.municipal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.MvcVisitor;
import org.nafitha.NafithaTest;
import org.nafitha.country.Calendars;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.operations.DailyClaims;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations room's screen and its daily report, and the complaint form as a person meets it:
 * a bad field is named with the rest of the form kept; the map shows where complaints are open and
 * late; the day's report, PDF and CSV, counts what happened; the report is announced once.
 */
@NafithaTest
@AutoConfigureMockMvc
class OperationsRoomTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MunicipalProperties properties;
    @Autowired
    Calendars calendars;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DailyClaims days;

    @Test
    void theFormNamesTheBadFieldKeepsTheRestAndThenFilesWithAReference() throws Exception {
        var citizen = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        var refused = citizen.perform(multipart("/municipal/complaints").with(csrf()).param("lang", "en")
                .param("key", UUID.randomUUID().toString()).param("category", "ROADS")
                .param("municipality", "ML-ALEY-ALEY").param("description", "")
                .param("latitude", "33.807").param("longitude", "")).getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        var page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Say what happened", "Give both latitude and longitude", "value=\"33.807\"",
                "<option value=\"ML-ALEY-ALEY\" selected=\"selected\">");

        var key = UUID.randomUUID().toString();
        var filed = citizen.perform(multipart("/municipal/complaints").with(csrf()).param("key", key)
                .param("category", "ROADS").param("municipality", "ML-ALEY-ALEY")
                .param("description", "حفرة عميقة وسط طريق عاليه صوفر قرب محطة الوقود")
                .param("latitude", "٣٣٫٨٠٧").param("longitude", "35.598")).getResponse();
        assertThat(filed.getStatus()).isEqualTo(302);
        var location = filed.getRedirectedUrl();
        assertThat(location).matches(".*/municipal/complaints/BL-\\d{4}-\\d{6}");
        var again = citizen.perform(multipart("/municipal/complaints").with(csrf()).param("key", key)
                .param("category", "ROADS").param("municipality", "ML-ALEY-ALEY")
                .param("description", "حفرة عميقة وسط طريق عاليه صوفر قرب محطة الوقود")).getResponse();
        assertThat(again.getRedirectedUrl()).as("a double submit lands on the same complaint").isEqualTo(location);
        // in Arabic: the first page a person opens in a session is remembered as their language when they
        // have none yet, and other tests of the run read 1000000016's notifications in Arabic
        var shown = citizen.perform(get(location)).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("الطرقات والحفر", "عاليه", "مفتوحة");
    }

    @Test
    void anAgentComingFromAWrittenConversationFindsTheFormFilledInAndACitizenCannotPrefillIt() throws Exception {
        var agent = MvcVisitor.signedInOnce(mvc, port, "agent1");
        var form = agent.perform(get("/municipal/complaints/new").param("lang", "en").param("channel", "WRITTEN")
                .param("contactName", "مريم خليل").param("description", "انقطاع المياه عن الحي منذ ثلاثة أيام (WR-2026-000017)"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<option value=\"WRITTEN\" selected=\"selected\">", "value=\"مريم خليل\"",
                "انقطاع المياه عن الحي منذ ثلاثة أيام (WR-2026-000017)</textarea>");
        var citizen = MvcVisitor.signedInOnce(mvc, port, "1000000016");
        var own = citizen.perform(get("/municipal/complaints/new").param("description", "نص مدسوس"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).doesNotContain("نص مدسوس").doesNotContain("name=\"contactName\"");
    }

    @Test
    void theRoomSeesOpenAndLateComplaintsOnTheMapAndAMunicipalityCannotOpenTheRoom() throws Exception {
        var api = new ApiClient(port);
        var filed = api.post("/api/v1/municipal/complaints", api.login("municipality2"),
                "{\"category\":\"LIGHTING\",\"municipality\":\"ML-MATN-SIN-EL-FIL\",\"description\":\"أعمدة الإنارة مطفأة في شارع مار مخايل\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        jdbc.sql("UPDATE municipal_complaints SET due_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(5)))
                .param("id", UUID.fromString(filed.text("id"))).update();

        var room = MvcVisitor.signedInOnce(mvc, port, "opsroom1");
        var screen = room.perform(get("/municipal/operations").param("lang", "en")).getResponse();
        assertThat(screen.getStatus()).isEqualTo(200);
        var html = screen.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<svg", "data-code=\"ML-MATN-SIN-EL-FIL\"", "<path", "id=\"late-" + filed.text("reference") + "\"",
                "id=\"load-ML-MATN-SIN-EL-FIL\"", "hx-trigger=\"every 30s\"");
        var board = room.perform(get("/municipal/operations/board")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).startsWith("<div id=\"board\"").doesNotContain("<html");

        var municipality = MvcVisitor.signedInOnce(mvc, port, "municipality1");
        assertThat(municipality.perform(get("/municipal/operations")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDaysReportCountsWhatHappenedInPdfAndCsv() throws Exception {
        var api = new ApiClient(port);
        var today = calendars.today(Clock.systemUTC());
        var before = csvLine(today, "ML-MATN-SIN-EL-FIL");
        api.post("/api/v1/municipal/complaints", api.login("municipality2"),
                "{\"category\":\"WASTE\",\"municipality\":\"ML-MATN-SIN-EL-FIL\",\"description\":\"حاويات ممتلئة في ساحة البلدية\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها"};
        var family = new StringBuilder();
        for (int i = 0; i < 5; i++) family.append(syllables[ThreadLocalRandom.current().nextInt(syllables.length)]);
        var assessed = api.post("/api/v1/municipal/assessments", api.login("municipality2"), """
                {"form": "household-assessment", "version": 1,
                 "answers": {"area": "حي مار مخايل", "householdSize": "2", "monthlyIncome": 150, "needs": ["food"], "disability": false},
                 "members": [{"firstName": "طوني", "fatherName": "جرجس", "familyName": "%s", "birthDate": "1970-03-02", "relation": "head"},
                             {"firstName": "ماري", "fatherName": "يوسف", "familyName": "%s", "birthYear": 1975, "relation": "spouse"}]}"""
                .formatted(family, family), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(assessed.status()).isEqualTo(201);
        var after = csvLine(today, "ML-MATN-SIN-EL-FIL");
        assertThat(after.get("complaints_opened")).isEqualTo(before.get("complaints_opened") + 1);
        assertThat(after.get("households_assessed")).isEqualTo(before.get("households_assessed") + 1);
        assertThat(after.get("people_assessed")).isEqualTo(before.get("people_assessed") + 2);
        assertThat(after.get("beneficiaries_filed")).isEqualTo(before.get("beneficiaries_filed") + 2);

        var room = MvcVisitor.signedInOnce(mvc, port, "opsroom1");
        var pdf = room.perform(get("/municipal/operations/report.pdf").param("day", today.toString())).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Operations room daily report", "Sin el Fil", "Complaints opened", "Households", "أسر");
            assertThat(document.getSignatureDictionaries()).as("signed like the ministry's documents").isNotEmpty();
        }
        assertThat(room.perform(get("/municipal/operations/report.csv").param("day", "yesterday")).getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void theReportIsAnnouncedOnceWhenTheHourHasCome() throws Exception {
        var day = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5_000));
        var morning = day.plusDays(1);
        assertThat(send(node(morning, LocalTime.of(6, 59)))).isEmpty();
        assertThat(send(node(morning, LocalTime.of(7, 1)))).contains(day);
        assertThat(send(node(morning, LocalTime.of(7, 30)))).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = 'opsroom1'
                        AND message_key = 'notifications.municipal.dailyReport' AND case_reference = :d""")
                .param("d", day.toString()).query(Long.class).single() == 1);
        var inbox = MvcVisitor.signedInOnce(mvc, port, "opsroom1").perform(get("/inbox")).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("/municipal/operations/report.pdf?day=" + day);
    }

    /** A municipality's line of the day's CSV: each numeric column by its header's name. */
    private Map<String, Integer> csvLine(LocalDate day, String municipality) throws Exception {
        var room = MvcVisitor.signedInOnce(mvc, port, "opsroom1");
        var csv = room.perform(get("/municipal/operations/report.csv").param("day", day.toString())).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("day,municipality,name_ar,name_en,");
        var header = csv.lines().findFirst().orElseThrow().split(",");
        var line = csv.lines().filter(l -> l.contains("," + municipality + ",")).findFirst().orElseThrow().split(",");
        assertThat(line[2]).isEqualTo(municipality.equals("ML-MATN-SIN-EL-FIL") ? "سن الفيل" : line[2]);
        var values = new HashMap<String, Integer>();
        for (int i = 4; i < header.length; i++) values.put(header[i], Integer.parseInt(line[i]));
        return values;
    }

    private SendingMunicipalReports node(LocalDate on, LocalTime at) {
        var clock = Clock.fixed(on.atTime(at).atZone(calendars.zone()).toInstant(), calendars.zone());
        return new SendingMunicipalReports(days, staff, properties, calendars, clock);
    }

    private Optional<LocalDate> send(SendingMunicipalReports node) {
        // called as the timer calls it, outside any transaction: the listeners must still hear of the report
        return node.sendIfDue();
    }
}
