-- The text chat beside a video meeting's call: kept with the meeting like the host's notes. A message
-- sent again with the same client key (a retried request, a double click) is one message.
CREATE TABLE meeting_chat
(
    id         BIGSERIAL    PRIMARY KEY,
    meeting_id UUID         NOT NULL REFERENCES meetings (id),
    author     VARCHAR(100) NOT NULL,
    side       VARCHAR(8)   NOT NULL CHECK (side IN ('PERSON', 'HOST')),
    text       VARCHAR(1000) NOT NULL,
    client_key VARCHAR(64)  NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meeting_chat_once UNIQUE (meeting_id, author, client_key)
);

CREATE INDEX meeting_chat_meeting ON meeting_chat (meeting_id, id);
