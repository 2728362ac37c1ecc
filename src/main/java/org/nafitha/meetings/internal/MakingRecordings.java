package org.nafitha.meetings.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.Filing;
import org.nafitha.documents.Upload;
import org.nafitha.documents.UploadOutcome;
import org.nafitha.meetings.MeetingsProperties;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a recorded meeting ends, its recording becomes one WebM stored through the documents module
 * (encrypted, content-addressed), filed under the host's department as confidential; its SHA-256
 * goes into the audit trail, and so into the verifiable log, and it is kept for the retention period.
 */
@Component
class MakingRecordings {

    static final String KIND = "meeting-recording";
    private static final Logger LOG = LoggerFactory.getLogger(MakingRecordings.class);
    private static final long MAX_BYTES = 2L * 1024 * 1024 * 1024 - 1;

    private final Meetings meetings;
    private final Rooms rooms;
    private final RecordingMixer mixer;
    private final Documents documents;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final MeetingsProperties properties;
    private final Clock clock;

    MakingRecordings(Meetings meetings, Rooms rooms, RecordingMixer mixer, Documents documents, AuditTrail audit,
                     JdbcClient jdbc, MeetingsProperties properties, Clock clock) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.mixer = mixer;
        this.documents = documents;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingEnded ended) throws InterruptedException {
        var meeting = meetings.find(ended.meeting()).orElseThrow();
        try {
            var mixed = mixer.mix(rooms.folder(meeting));
            // Tika names ffmpeg's WebM by its container, Matroska, and the name's extension would have to
            // agree with that; the name carries none (playback sets the media type itself)
            var upload = new Upload(KIND, "meeting-" + meeting.id() + "-recording", Files.readAllBytes(mixed.file()),
                    meeting.person(), "meetings", List.of("video/webm", "audio/webm", "application/x-matroska"), MAX_BYTES,
                    new Filing(meeting.hostDepartment(), Classification.CONFIDENTIAL,
                            meeting.startsAt().atZone(ZoneOffset.UTC).toLocalDate(), meeting.booking(), null, Filing.Source.UPLOAD));
            switch (documents.store(upload)) {
                case UploadOutcome.Stored stored -> keep(meeting, stored, mixed.millis());
                case UploadOutcome.Refused refused -> failed(meeting, "refused by the documents module: " + refused.reason());
            }
        } catch (IOException e) {
            failed(meeting, e.getMessage());
        }
    }

    private void keep(Meeting meeting, UploadOutcome.Stored stored, long millis) {
        var now = clock.instant();
        var deleteAfter = now.atZone(ZoneOffset.UTC).plus(properties.keepRecordings()).toInstant();
        jdbc.sql("""
                INSERT INTO meeting_recordings (meeting_id, document_id, sha256, millis, stored_at, delete_after)
                VALUES (:m, :d, :sha, :ms, :now, :del)""")
                .param("m", meeting.id()).param("d", stored.document().id().toString())
                .param("sha", stored.document().sha256()).param("ms", millis).param("now", Timestamp.from(now))
                .param("del", Timestamp.from(deleteAfter)).update();
        meetings.recording(meeting.id(), Meeting.Recording.STORED);
        audit.record(new AuditEntry("meetings", "SYSTEM", "meeting.recording.stored", meeting.person(), null,
                "meeting " + meeting.id() + " sha256 " + stored.document().sha256(), meeting.hostDepartment()));
    }

    private void failed(Meeting meeting, String why) {
        LOG.error("The recording of meeting {} could not be made: {}", meeting.id(), why);
        meetings.recording(meeting.id(), Meeting.Recording.FAILED);
    }
}
