-- What families ask for: visits, video visits, assistance, temporary release, deposits. Each row
-- holds its own state; decisions are conditional updates on the version, and a temporary release
-- is decided by two different members of staff (proposed, then approved).
CREATE SEQUENCE detention_request_seq START WITH 1;

CREATE TABLE detention_requests
(
    id              UUID         PRIMARY KEY,
    reference       VARCHAR(20)  NOT NULL UNIQUE,
    detainee_id     UUID         NOT NULL REFERENCES detainees (id),
    facility        VARCHAR(40)  NOT NULL,
    requester       VARCHAR(20)  NOT NULL,
    relation        VARCHAR(8)   NOT NULL,
    type            VARCHAR(20)  NOT NULL CHECK (type IN
                        ('VISIT', 'VIDEO_VISIT', 'ASSISTANCE', 'TEMPORARY_RELEASE', 'DEPOSIT')),
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('SUBMITTED', 'PROPOSED', 'APPROVED', 'REFUSED')),
    visit_on        DATE,
    details         TEXT,
    occasion        VARCHAR(12),
    amount_minor    BIGINT,
    document_name   TEXT,
    document        BYTEA,
    proposed_by     VARCHAR(100),
    proposed_reason TEXT,
    decided_by      VARCHAR(100),
    decided_reason  TEXT,
    idempotency_key VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    version         INTEGER      NOT NULL,
    CONSTRAINT detention_requests_once UNIQUE (requester, idempotency_key)
);
CREATE INDEX detention_requests_queue ON detention_requests (facility, type, status);
CREATE INDEX detention_requests_detainee ON detention_requests (detainee_id, type, visit_on);
