CREATE TABLE documents
(
    id          UUID PRIMARY KEY,
    kind        VARCHAR(64)              NOT NULL,
    sha256      CHAR(64)                 NOT NULL,
    media_type  VARCHAR(128)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    filename    TEXT                     NOT NULL,
    owner       VARCHAR(20)              NOT NULL,
    uploaded_by VARCHAR(64)              NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX documents_by_sha256 ON documents (sha256);
CREATE INDEX documents_by_owner ON documents (owner);
