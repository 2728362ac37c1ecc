-- The communication centre's written channel (for deaf and mute citizens): one conversation per
-- topic between a person and the centre's staff, tied to one of the person's cases when given.
-- WAITING: the person wrote last; ANSWERED: staff wrote last; CLOSED: staff closed it.
CREATE TABLE commcentre_conversations
(
    id             UUID PRIMARY KEY,
    reference      VARCHAR(16)              NOT NULL UNIQUE,
    person         VARCHAR(32)              NOT NULL,
    topic          VARCHAR(150)             NOT NULL,
    case_reference VARCHAR(32),
    status         VARCHAR(10)              NOT NULL CHECK (status IN ('WAITING', 'ANSWERED', 'CLOSED')),
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by      VARCHAR(64),
    closed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX commcentre_conversations_by_person ON commcentre_conversations (person, updated_at DESC);
CREATE INDEX commcentre_conversations_open ON commcentre_conversations (status, updated_at);
