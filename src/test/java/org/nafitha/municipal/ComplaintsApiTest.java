package org.nafitha.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.municipal.internal.ComplaintDeadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The complaints API as its callers meet it: a citizen files one and is the only citizen who sees
 * it; the competent municipality sees and closes it, another municipality is told it does not
 * exist; what belongs to a ministry department only the operations room closes; every bad field
 * is named; a retry or a double click files one complaint; a late one is escalated exactly once.
 */
@NafithaTest
class ComplaintsApiTest {

    private static final String BAABDA = "ML-BAABDA-BAABDA";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplaintDeadlines deadlines;

    @Test
    void aCitizensComplaintGoesToTheMunicipalityWhichClosesItAndTheCitizenIsTold() {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var filed = file(api, citizen, "{\"category\":\"WASTE\",\"municipality\":\"" + BAABDA + "\","
                + "\"description\":\"النفايات متراكمة منذ أسبوع قرب سراي بعبدا\",\"latitude\":\"٣٣٫٨٣٤\",\"longitude\":\"35.544\","
                + "\"attachments\":[{\"name\":\"حاوية.png\",\"content\":\"" + Base64.getEncoder().encodeToString(TestImages.portrait("png")) + "\"}]}");
        assertThat(filed.status()).isEqualTo(201);
        var id = filed.text("id");
        var reference = filed.text("reference");
        assertThat(reference).matches("BL-\\d{4}-\\d{6}");

        var mine = api.get("/api/v1/municipal/complaints/" + reference, citizen);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("routedKind")).isEqualTo("MUNICIPALITY");
        assertThat(mine.text("routedTo")).isEqualTo(BAABDA);
        assertThat(mine.text("source")).isEqualTo("WEB");
        assertThat(mine.body().path("latitude").asDouble()).as("Arabic-Indic digits and separator").isEqualTo(33.834);
        assertThat(mine.body().path("attachments").get(0).asString()).isEqualTo("حاوية.png");

        assertThat(api.get("/api/v1/municipal/complaints/" + id, api.login("1000000008")).status()).as("another citizen").isEqualTo(404);
        assertThat(api.get("/api/v1/municipal/complaints/" + id, api.login("municipality2")).status()).as("another municipality").isEqualTo(404);
        var baabda = api.login("municipality1");
        assertThat(api.get("/api/v1/municipal/complaints?status=OPEN", baabda).body().toString()).contains(reference);
        assertThat(api.get("/api/v1/municipal/complaints", api.login("municipality2")).body().toString()).doesNotContain(reference);

        var empty = api.post("/api/v1/municipal/complaints/" + id + "/close", baabda, "{\"resolution\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("resolution");
        assertThat(api.post("/api/v1/municipal/complaints/" + id + "/close", api.login("municipality2"),
                "{\"resolution\":\"تم\"}").status()).isEqualTo(404);
        var closed = api.post("/api/v1/municipal/complaints/" + id + "/close", baabda,
                "{\"resolution\":\"رُفعت النفايات صباح اليوم وأضيفت حاوية ثانية\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(api.post("/api/v1/municipal/complaints/" + id + "/close", baabda, "{\"resolution\":\"مرة ثانية\"}").status())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = '1000000016'
                        AND message_key = 'notifications.municipal.complaintClosed' AND case_reference = :r""")
                .param("r", reference).query(Long.class).single() == 1);
    }

    @Test
    void whatADepartmentHandlesOnlyTheOperationsRoomClosesAndItRoutesWhatWasMisfiled() {
        var api = new ApiClient(port);
        var baabda = api.login("municipality1");
        var filed = file(api, baabda, "{\"category\":\"SAFETY\",\"municipality\":\"" + BAABDA + "\","
                + "\"description\":\"تجمعات ليلية وإطلاق نار في الهواء قرب الملعب\"}");
        assertThat(filed.status()).isEqualTo(201);
        var id = filed.text("id");
        var read = api.get("/api/v1/municipal/complaints/" + id, baabda);
        assertThat(read.text("routedKind")).isEqualTo("DEPARTMENT");
        assertThat(read.text("routedTo")).isEqualTo("police");
        assertThat(read.text("source")).isEqualTo("MUNICIPALITY");
        assertThat(api.post("/api/v1/municipal/complaints/" + id + "/close", baabda, "{\"resolution\":\"تم\"}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/municipal/complaints/" + id + "/route", baabda,
                "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\"}").status()).isEqualTo(403);

        var room = api.login("opsroom1");
        var unknown = api.post("/api/v1/municipal/complaints/" + id + "/route", room, "{\"category\":\"NOPE\",\"municipality\":\"" + BAABDA + "\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("category");
        var routed = api.post("/api/v1/municipal/complaints/" + id + "/route", room,
                "{\"category\":\"LIGHTING\",\"municipality\":\"" + BAABDA + "\"}");
        assertThat(routed.status()).isEqualTo(200);
        assertThat(routed.text("routedKind")).isEqualTo("MUNICIPALITY");
        assertThat(routed.text("category")).isEqualTo("LIGHTING");
        assertThat(api.post("/api/v1/municipal/complaints/" + id + "/close", room, "{\"resolution\":\"أُصلحت الإنارة\"}").status())
                .isEqualTo(200);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsFiled() {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var before = count();
        assertThat(api.post("/api/v1/municipal/complaints", citizen, "{}").status()).as("no Idempotency-Key").isEqualTo(400);
        var bad = file(api, citizen, "{\"category\":\"NOISE\",\"municipality\":\"ML-NOWHERE\",\"description\":\" \","
                + "\"latitude\":\"33.83\",\"contactMobile\":\"12\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().path("errors").toString()).contains("\"category\"", "\"municipality\"", "\"description\"",
                "\"latitude\"", "\"contactMobile\"");
        var outside = file(api, citizen, "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\",\"description\":\"حفرة\","
                + "\"latitude\":\"48.85\",\"longitude\":\"2.35\"}");
        assertThat(outside.body().path("errors").get(0).path("code").asString()).isEqualTo("municipal.POINT_INVALID");
        var notBase64 = file(api, citizen, "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\",\"description\":\"حفرة\","
                + "\"attachments\":[{\"name\":\"x.png\",\"content\":\"@@@\"}]}");
        assertThat(notBase64.body().path("errors").get(0).path("field").asString()).isEqualTo("attachments");
        var notAnImage = file(api, citizen, "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\",\"description\":\"حفرة\","
                + "\"attachments\":[{\"name\":\"x.png\",\"content\":\"" + Base64.getEncoder().encodeToString("MZ not a picture".getBytes()) + "\"}]}");
        assertThat(notAnImage.body().path("errors").get(0).path("code").asString()).isEqualTo("municipal.DOCUMENT_REFUSED");
        var notMine = file(api, api.login("municipality2"), "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\",\"description\":\"حفرة\"}");
        assertThat(notMine.body().path("errors").get(0).path("code").asString()).isEqualTo("municipal.NOT_YOUR_MUNICIPALITY");
        var agent = file(api, api.login("agent1"), "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA + "\",\"description\":\"حفرة\"}");
        assertThat(agent.body().path("errors").get(0).path("field").asString()).as("an agent says how it came").isEqualTo("channel");
        var unknownCategory = api.get("/api/v1/municipal/complaints?category=NOISE", citizen);
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.contentType()).startsWith("application/problem+json");
        assertThat(unknownCategory.body().path("code").asString()).isEqualTo("municipal.CATEGORY_UNKNOWN");
        assertThat(unknownCategory.body().path("errors").get(0).path("field").asString()).isEqualTo("category");
        var badStatus = api.get("/api/v1/municipal/complaints?status=MAYBE", citizen);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().path("code").asString()).isEqualTo("municipal.STATUS_INVALID");
        assertThat(badStatus.body().path("errors").get(0).path("code").asString()).isEqualTo("municipal.STATUS_INVALID");
        assertThat(api.get("/api/v1/municipal/complaints?municipality=ML-NOWHERE", citizen).body().path("code").asString())
                .isEqualTo("municipal.MUNICIPALITY_UNKNOWN");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSameSubmissionRacedOrRetriedFilesOneComplaint() throws Exception {
        var api = new ApiClient(port);
        var agent = api.login("agent1");
        var key = UUID.randomUUID().toString();
        var body = "{\"category\":\"WATER\",\"municipality\":\"ML-MATN-SIN-EL-FIL\",\"channel\":\"CALL_CENTRE\","
                + "\"description\":\"تسرب مياه كبير في شارع الكنيسة منذ الصباح\",\"contactName\":\"ريتا سليمان عون\","
                + "\"contactMobile\":\"٠٥٥ ١٢٣ ٤٥٦٧\"}";
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<ApiClient.Response>>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/municipal/complaints", agent, body, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            var ids = new HashSet<String>();
            for (var a : answers) {
                assertThat(a.get().status()).isIn(200, 201);
                ids.add(a.get().text("id"));
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM municipal_complaints WHERE idempotency_key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);
        var read = api.get("/api/v1/municipal/complaints?municipality=ML-MATN-SIN-EL-FIL", agent);
        assertThat(read.body().toString()).contains("CALL_CENTRE");
    }

    @Test
    void aComplaintPastItsDeadlineIsEscalatedOnceAndListedAsLate() {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var id = file(api, citizen, "{\"category\":\"WATER\",\"municipality\":\"" + BAABDA + "\","
                + "\"description\":\"مياه الصرف الصحي تطفو على الطريق العام\"}").text("id");
        jdbc.sql("UPDATE municipal_complaints SET due_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(60))).param("id", UUID.fromString(id)).update();
        deadlines.escalateOverdue();
        deadlines.escalateOverdue();
        var read = api.get("/api/v1/municipal/complaints/" + id, citizen);
        assertThat(read.body().path("late").asBoolean()).isTrue();
        assertThat(read.body().path("escalatedAt").isNull()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'municipal.complaint.escalate' AND case_reference = :r")
                .param("r", read.text("reference")).query(Long.class).single()).as("escalated exactly once").isEqualTo(1);
        assertThat(api.get("/api/v1/municipal/complaints?late=true", api.login("opsroom1")).body().toString()).contains(id);
        for (var told : new String[]{"opsroom1", "municipality1"}) {
            await(told + " told once").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                            SELECT COUNT(*) FROM inbox_messages WHERE recipient = :u
                            AND message_key = 'notifications.municipal.complaintEscalated' AND case_reference = :r""")
                    .param("u", told).param("r", read.text("reference")).query(Long.class).single() == 1);
        }
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM inbox_messages WHERE recipient = 'municipality2'
                        AND message_key = 'notifications.municipal.complaintEscalated' AND case_reference = :r""")
                .param("r", read.text("reference")).query(Long.class).single()).as("another municipality is not told").isZero();
    }

    private ApiClient.Response file(ApiClient api, String token, String body) {
        return api.post("/api/v1/municipal/complaints", token, body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_complaints").query(Long.class).single();
    }
}
