-- Issued documents: the signed PDF and what the public verification page may tell about it.
-- One document per case (the unique case_reference makes a redelivered approval event harmless).
CREATE TABLE issued_documents
(
    id                UUID PRIMARY KEY,
    code              VARCHAR(16)              NOT NULL UNIQUE,
    case_reference    VARCHAR(32)              NOT NULL UNIQUE,
    service_code      VARCHAR(64)              NOT NULL,
    department        VARCHAR(64)              NOT NULL,
    type_ar           VARCHAR(200)             NOT NULL,
    type_en           VARCHAR(200)             NOT NULL,
    holder_id         VARCHAR(20)              NOT NULL,
    holder_name_ar    VARCHAR(200)             NOT NULL,
    holder_name_en    VARCHAR(200)             NOT NULL,
    issued_on         DATE                     NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    status_reason     TEXT,
    status_changed_by VARCHAR(64),
    status_changed_at TIMESTAMP WITH TIME ZONE,
    pdf               BYTEA                    NOT NULL,
    pdf_sha256        VARCHAR(64)              NOT NULL
);
CREATE INDEX issued_documents_by_holder ON issued_documents (holder_id, issued_at);
