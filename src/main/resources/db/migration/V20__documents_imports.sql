-- Bulk digitisation: one row per import job, one per file of it. A file is imported once per job
-- (primary key), its result is written in the transaction that stores it, and a job is worked by
-- the node holding its lease, so a restart resumes where it stopped and never imports twice.
CREATE TABLE document_imports
(
    id             UUID PRIMARY KEY,
    label          TEXT                     NOT NULL,
    source_kind    VARCHAR(8)               NOT NULL,
    source_path    TEXT                     NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    problem        VARCHAR(64),
    problem_detail TEXT,
    created_by     VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    lease_owner    VARCHAR(64),
    lease_until    TIMESTAMP WITH TIME ZONE,
    unpacked_bytes BIGINT DEFAULT 0         NOT NULL
);
CREATE INDEX document_imports_by_status ON document_imports (status, created_at);

CREATE TABLE document_import_files
(
    import_id      UUID                     NOT NULL,
    path           VARCHAR(1024)            NOT NULL,
    line           INT,
    status         VARCHAR(16)              NOT NULL,
    error          VARCHAR(64),
    error_detail   TEXT,
    kind           VARCHAR(64),
    department     VARCHAR(64),
    person_id      VARCHAR(20),
    document_date  DATE,
    reference      VARCHAR(64),
    classification VARCHAR(16),
    title          TEXT,
    content_sha256 CHAR(64),
    document_id    UUID,
    done_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (import_id, path)
);
CREATE INDEX document_import_files_by_status ON document_import_files (import_id, status, line, path);
CREATE INDEX document_import_files_by_content ON document_import_files (content_sha256, reference);
