package org.nafitha.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.appointments.internal.officials.MeetingRequests;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.documents.Documents;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.StoredDocument;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.documents.internal.ContentStore;
import org.nafitha.meetings.BookedMeetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A meeting's recording is kept for the retention period and then erased: gone from the document
 * store and unplayable, the meeting saying ERASED, the erasure audited, its hash still on record; a
 * recording not yet due is left alone, and a second round erases nothing twice.
 */
@NafithaTest
class RecordingRetentionTest {

    @LocalServerPort
    int port;
    @Autowired
    Officials officials;
    @Autowired
    MeetingRequests requests;
    @Autowired
    Documents documents;
    @Autowired
    ContentStore store;
    @Autowired
    ErasingRecordings erasing;
    @Autowired
    PlayingRecordings playing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordingPastItsRetentionIsErasedAndOneNotYetDueIsKept() {
        var api = new ApiClient(port);
        var booked = new BookedMeetings(api, officials, requests);
        var expired = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(3)), 15);
        var kept = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(40)), 15);
        var expiredRecording = recorded(expired, Instant.now().minusSeconds(60));
        var keptRecording = recorded(kept, Instant.now().plus(Duration.ofDays(30)));

        assertThat(erasing.eraseExpired()).isGreaterThanOrEqualTo(1);

        var staff = api.login(BookedMeetings.OFFICE_STAFF);
        assertThat(api.get("/api/v1/meetings/" + expired, staff).text("recording")).isEqualTo("ERASED");
        assertThat(api.get("/api/v1/meetings/" + kept, staff).text("recording")).isEqualTo("STORED");
        assertThat(documents.find(expiredRecording.id())).isEmpty();
        assertThat(playing.play(expired, BookedMeetings.OFFICE)).as("an erased recording cannot be played").isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.get(expiredRecording.sha256()).isEmpty());
        assertThat(playing.play(kept, BookedMeetings.OFFICE)).isPresent();
        assertThat(store.get(keptRecording.sha256())).isPresent();
        assertThat(audited("meeting.recording.erased", "%" + expired + "%")).isEqualTo(1);
        assertThat(audited("document.erased", "%" + expiredRecording.sha256() + "%")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT sha256 FROM meeting_recordings WHERE meeting_id = :m").param("m", expired)
                .query(String.class).single()).as("what was erased stays provable").isEqualTo(expiredRecording.sha256());

        assertThat(erasing.eraseExpired()).as("nothing is erased twice").isZero();
        assertThat(audited("meeting.recording.erased", "%" + expired + "%")).isEqualTo(1);
    }

    @Test
    void theChatOfAMeetingEndedLongerAgoThanTheRetentionIsErasedOnceAndARecentOneIsKept() {
        var api = new ApiClient(port);
        var booked = new BookedMeetings(api, officials, requests);
        var old = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(5)), 15);
        var recent = booked.book("2000000006", Instant.now().plus(Duration.ofMinutes(50)), 15);
        ended(old, Instant.now().minus(Duration.ofDays(3 * 366)));
        ended(recent, Instant.now().minus(Duration.ofDays(30)));
        said(old, "السلام عليكم، أود الاستفسار عن معاملة تجديد الإقامة");
        said(old, "وعليكم السلام، تفضل");
        said(recent, "شكراً على وقتكم");

        assertThat(erasing.eraseChats()).isGreaterThanOrEqualTo(1);

        assertThat(chat(old)).as("the old meeting's chat is gone").isZero();
        assertThat(chat(recent)).as("a meeting within the retention keeps its chat").isEqualTo(1);
        assertThat(audited("meeting.chat.erased", "%" + old + ": 2 chat messages%")).isEqualTo(1);
        assertThat(erasing.eraseChats()).as("nothing is erased twice").isZero();
        assertThat(audited("meeting.chat.erased", "%" + old + "%")).isEqualTo(1);
    }

    private void ended(UUID meeting, Instant at) {
        jdbc.sql("UPDATE meetings SET ended_at = :at WHERE id = :m").param("at", Timestamp.from(at)).param("m", meeting).update();
    }

    private void said(UUID meeting, String text) {
        jdbc.sql("""
                        INSERT INTO meeting_chat (meeting_id, author, side, text, client_key, written_at)
                        VALUES (:m, '2000000006', 'PERSON', :t, :k, :at)""")
                .param("m", meeting).param("t", text).param("k", UUID.randomUUID().toString())
                .param("at", Timestamp.from(Instant.now())).update();
    }

    private long chat(UUID meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_chat WHERE meeting_id = :m").param("m", meeting).query(Long.class).single();
    }

    /** As MakingRecordings leaves a meeting whose recording is stored, with the given end of retention. */
    private StoredDocument recorded(UUID meeting, Instant deleteAfter) {
        var outcome = documents.store(new Upload(MakingRecordings.KIND, "meeting-" + meeting + "-recording",
                SampleFiles.pdf("recording of " + meeting), "2000000006", "meetings", List.of("application/pdf"), 5_000_000));
        var document = ((UploadOutcome.Stored) outcome).document();
        jdbc.sql("""
                        INSERT INTO meeting_recordings (meeting_id, document_id, sha256, millis, stored_at, delete_after)
                        VALUES (:m, :d, :sha, 60000, :now, :del)""")
                .param("m", meeting).param("d", document.id().toString()).param("sha", document.sha256())
                .param("now", Timestamp.from(Instant.now())).param("del", Timestamp.from(deleteAfter)).update();
        jdbc.sql("UPDATE meetings SET recording = 'STORED' WHERE id = :m").param("m", meeting).update();
        return document;
    }

    private long audited(String action, String reason) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND reason LIKE :r")
                .param("a", action).param("r", reason).query(Long.class).single();
    }
}
