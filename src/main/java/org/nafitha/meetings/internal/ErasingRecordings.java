package org.nafitha.meetings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.nafitha.documents.Documents;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases each meeting's recording once its retention period ({@code nafitha.meetings.keep-recordings},
 * counted from when it was stored) is over: the WebM leaves the document store, the meeting says
 * ERASED, and the erasure is audited; the recording's hash stays in the verifiable log and in
 * {@code meeting_recordings}, so what was erased remains provable. Each recording is claimed with a
 * conditional update, so of several nodes running the timer one erases it.
 *
 * <p>The text chat beside the call is the same conversation in writing: it is erased after the same
 * period, counted from the meeting's end, whether the meeting was recorded or not. The host's notes stay:
 * they are the office's record of the meeting, as a case's notes are.
 */
@Component
class ErasingRecordings {

    private record Due(UUID meeting, String document, String person, String department) {
    }

    private record Ended(UUID id, String person, String department) {
    }

    private final JdbcClient jdbc;
    private final Documents documents;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final MeetingsProperties properties;
    private final Clock clock;

    ErasingRecordings(JdbcClient jdbc, Documents documents, AuditTrail audit, TransactionTemplate transactions,
                      MeetingsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the recordings this call erased */
    @Scheduled(fixedDelayString = "${nafitha.meetings.erase-every:1h}", initialDelayString = "2m")
    int eraseExpired() {
        var due = jdbc.sql("""
                        SELECT r.meeting_id, r.document_id, m.person, m.host_department
                          FROM meeting_recordings r JOIN meetings m ON m.id = r.meeting_id
                         WHERE m.recording = 'STORED' AND r.delete_after <= :now""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        var erased = 0;
        for (var recording : due) {
            if (Boolean.TRUE.equals(transactions.execute(s -> erase(recording)))) erased++;
        }
        eraseChats();
        return erased;
    }

    /** @return the meetings whose chat this call erased */
    int eraseChats() {
        var endedBefore = clock.instant().atZone(ZoneOffset.UTC).minus(properties.keepRecordings()).toInstant();
        var due = jdbc.sql("""
                        SELECT m.id, m.person, m.host_department FROM meetings m
                         WHERE m.ended_at <= :before
                           AND EXISTS (SELECT 1 FROM meeting_chat c WHERE c.meeting_id = m.id)""")
                .param("before", Timestamp.from(endedBefore))
                .query((rs, n) -> new Ended(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        var erased = 0;
        for (var meeting : due) {
            if (Boolean.TRUE.equals(transactions.execute(s -> eraseChat(meeting)))) erased++;
        }
        return erased;
    }

    private boolean eraseChat(Ended meeting) {
        // of two nodes deleting at once, the second deletes nothing and audits nothing
        var messages = jdbc.sql("DELETE FROM meeting_chat WHERE meeting_id = :m").param("m", meeting.id()).update();
        if (messages == 0) return false;
        audit.record(new AuditEntry("meetings", "SYSTEM", "meeting.chat.erased", meeting.person(), null,
                "meeting " + meeting.id() + ": " + messages + " chat messages, retention period over", meeting.department()));
        return true;
    }

    private boolean erase(Due recording) {
        var claimed = jdbc.sql("UPDATE meetings SET recording = 'ERASED' WHERE id = :id AND recording = 'STORED'")
                .param("id", recording.meeting()).update() == 1;
        if (!claimed) return false;
        documents.erase(UUID.fromString(recording.document()), "meetings", "meeting.recording.retention " + recording.meeting());
        audit.record(new AuditEntry("meetings", "SYSTEM", "meeting.recording.erased", recording.person(), null,
                "meeting " + recording.meeting() + ": retention period over", recording.department()));
        return true;
    }
}
