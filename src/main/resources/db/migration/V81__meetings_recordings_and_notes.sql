-- A meeting's recording, once made into one WebM and stored through the documents module (the
-- document's id and the file's SHA-256, which is also in the verifiable log), and the notes the
-- official takes during the call.
CREATE TABLE meeting_recordings
(
    meeting_id   UUID         PRIMARY KEY REFERENCES meetings (id),
    document_id  VARCHAR(80)  NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    millis       BIGINT       NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delete_after TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meeting_notes
(
    id         BIGSERIAL    PRIMARY KEY,
    meeting_id UUID         NOT NULL REFERENCES meetings (id),
    author     VARCHAR(100) NOT NULL,
    text       TEXT         NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX meeting_notes_meeting ON meeting_notes (meeting_id, id);
