-- The operations room's complaints and reports: from citizens (web form), the written channel and the
-- call centre (filed by an agent), and from municipalities. Each has a category (reference data in
-- municipal/complaint-categories.yml), a place (a municipality, optionally a map point) and
-- attachments (documents module), and is routed at once to the competent municipality or ministry
-- department with a deadline from its category. Past the deadline an open complaint is escalated
-- once: the escalation is claimed by a conditional update on escalated_at, so of several nodes
-- exactly one escalates it. Closing is a conditional update on the status too.
CREATE SEQUENCE municipal_complaint_seq START WITH 1;

CREATE TABLE municipal_complaints
(
    id              UUID         PRIMARY KEY,
    reference       VARCHAR(20)  NOT NULL UNIQUE,
    source          VARCHAR(12)  NOT NULL CHECK (source IN ('WEB', 'WRITTEN', 'CALL_CENTRE', 'MUNICIPALITY')),
    category        VARCHAR(30)  NOT NULL,
    municipality    VARCHAR(40)  NOT NULL,
    latitude        NUMERIC(9, 6),
    longitude       NUMERIC(9, 6),
    description     TEXT         NOT NULL,
    complainant     VARCHAR(100),
    contact_name    VARCHAR(120),
    contact_mobile  VARCHAR(20),
    routed_kind     VARCHAR(12)  NOT NULL CHECK (routed_kind IN ('MUNICIPALITY', 'DEPARTMENT')),
    routed_to       VARCHAR(40)  NOT NULL,
    status          VARCHAR(8)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_at    TIMESTAMP WITH TIME ZONE,
    resolution      TEXT,
    closed_by       VARCHAR(100),
    closed_at       TIMESTAMP WITH TIME ZONE,
    filed_by        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    filed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT municipal_complaints_key UNIQUE (filed_by, idempotency_key)
);
CREATE INDEX municipal_complaints_open ON municipal_complaints (status, due_at);
CREATE INDEX municipal_complaints_place ON municipal_complaints (municipality, status);
CREATE INDEX municipal_complaints_routed ON municipal_complaints (routed_to, status);
CREATE INDEX municipal_complaints_filed ON municipal_complaints (filed_at);
CREATE INDEX municipal_complaints_closed ON municipal_complaints (closed_at);

CREATE TABLE municipal_complaint_attachments
(
    complaint_id UUID         NOT NULL REFERENCES municipal_complaints (id),
    document     UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (complaint_id, document)
);

-- The national operations room's daily report: one row per day, claimed by its primary key, so of
-- several nodes exactly one announces it; a node started after the hour still sends a day nobody sent.
CREATE TABLE municipal_daily_reports
(
    report_day DATE         PRIMARY KEY,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    node       VARCHAR(40)  NOT NULL,
    recipients INTEGER      NOT NULL
);
