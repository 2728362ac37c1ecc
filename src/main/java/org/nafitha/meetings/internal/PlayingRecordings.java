package org.nafitha.meetings.internal;

import java.util.Optional;
import java.util.UUID;

import org.nafitha.documents.DocumentContent;
import org.nafitha.documents.DocumentRead;
import org.nafitha.documents.Documents;
import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playing a meeting's recording: only the hosting office's staff, each play read through the
 * documents module, which records it in the audit trail (who, which meeting, why).
 */
@Service
public class PlayingRecordings {

    private final JoiningMeetings joining;
    private final Documents documents;
    private final JdbcClient jdbc;

    PlayingRecordings(JoiningMeetings joining, Documents documents, JdbcClient jdbc) {
        this.joining = joining;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Transactional
    public Optional<DocumentContent> play(UUID meeting, Actor actor) {
        return joining.of(meeting, actor).filter(m -> m.isHost(actor))
                .flatMap(m -> jdbc.sql("SELECT document_id FROM meeting_recordings WHERE meeting_id = :m")
                        .param("m", meeting).query(String.class).optional())
                .flatMap(document -> documents.read(UUID.fromString(document), new DocumentRead(actor.username(),
                        actor.primaryRole().name(), null, "meeting.recording.play " + meeting, actor.department())));
    }
}
