-- The messages of a conversation, in the order written; never edited.
CREATE TABLE commcentre_messages
(
    id              BIGSERIAL PRIMARY KEY,
    conversation_id UUID                     NOT NULL REFERENCES commcentre_conversations (id),
    author          VARCHAR(64)              NOT NULL,
    from_staff      BOOLEAN                  NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commcentre_messages_by_conversation ON commcentre_messages (conversation_id, id);
