CREATE TABLE inbox_messages
(
    id             UUID PRIMARY KEY,
    recipient      VARCHAR(64)              NOT NULL,
    dedupe_key     VARCHAR(200)             NOT NULL UNIQUE,
    message_key    VARCHAR(100)             NOT NULL,
    case_reference VARCHAR(32),
    service_code   VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_messages_by_recipient ON inbox_messages (recipient, created_at);
