-- Join tokens: short-lived, for one room and one participant, used once. Only their SHA-256 is kept;
-- using one is a conditional update (unused and unexpired), so a replay finds nothing to update.
CREATE TABLE meeting_join_tokens
(
    token_hash  VARCHAR(64)  PRIMARY KEY,
    meeting_id  UUID         NOT NULL REFERENCES meetings (id),
    participant VARCHAR(100) NOT NULL,
    host        BOOLEAN      NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX meeting_join_tokens_meeting ON meeting_join_tokens (meeting_id);
