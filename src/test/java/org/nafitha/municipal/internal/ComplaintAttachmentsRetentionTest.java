package org.nafitha.municipal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.TestImages;
import org.nafitha.documents.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed complaint's photos are kept for the retention period after it was closed, then erased once
 * (and audited); the complaint's text and resolution stay, and an open or recently closed one keeps them.
 */
@NafithaTest
class ComplaintAttachmentsRetentionTest {

    private static final String BAABDA = "ML-BAABDA-BAABDA";

    @LocalServerPort
    int port;
    @Autowired
    ErasingComplaintAttachments erasing;
    @Autowired
    Documents documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePhotosOfAComplaintClosedLongerAgoThanTheRetentionAreErasedOnceAndTheRestKept() {
        var api = new ApiClient(port);
        var citizen = api.login("1000000016");
        var baabda = api.login("municipality1");
        var old = fileWithPhoto(api, citizen, "حفرة عميقة في الطريق أمام مدرسة بعبدا الرسمية");
        var recent = fileWithPhoto(api, citizen, "إنارة الشارع مطفأة منذ ثلاثة أيام");
        var open = fileWithPhoto(api, citizen, "مياه الصرف تفيض قرب السوق");
        for (var id : new String[] {old, recent}) {
            assertThat(api.post("/api/v1/municipal/complaints/" + id + "/close", baabda,
                    "{\"resolution\":\"أُصلح العطل وأُبلغ المواطن\"}").status()).isEqualTo(200);
        }
        jdbc.sql("UPDATE municipal_complaints SET closed_at = :at WHERE id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 366)))).param("id", UUID.fromString(old)).update();
        var oldPhoto = attachment(old);

        assertThat(erasing.eraseExpired()).isGreaterThanOrEqualTo(1);

        var read = api.get("/api/v1/municipal/complaints/" + old, citizen);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("attachments")).as("the photo is gone").isEmpty();
        assertThat(read.text("resolution")).as("the record stays").isEqualTo("أُصلح العطل وأُبلغ المواطن");
        assertThat(documents.find(oldPhoto)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'document.erased' AND reason LIKE :r")
                .param("r", "%complaint.attachment.retention%").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/v1/municipal/complaints/" + recent, citizen).body().path("attachments")).hasSize(1);
        assertThat(api.get("/api/v1/municipal/complaints/" + open, citizen).body().path("attachments")).hasSize(1);
        assertThat(documents.find(attachment(recent))).isPresent();

        assertThat(erasing.eraseExpired()).as("nothing is erased twice").isZero();
    }

    private String fileWithPhoto(ApiClient api, String token, String description) {
        var filed = api.post("/api/v1/municipal/complaints", token, "{\"category\":\"ROADS\",\"municipality\":\"" + BAABDA
                + "\",\"description\":\"" + description + "\",\"attachments\":[{\"name\":\"صورة.png\",\"content\":\""
                + Base64.getEncoder().encodeToString(TestImages.portrait("png")) + "\"}]}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(filed.status()).isEqualTo(201);
        return filed.text("id");
    }

    private UUID attachment(String complaint) {
        return jdbc.sql("SELECT document FROM municipal_complaint_attachments WHERE complaint_id = :c")
                .param("c", UUID.fromString(complaint)).query(UUID.class).single();
    }
}
