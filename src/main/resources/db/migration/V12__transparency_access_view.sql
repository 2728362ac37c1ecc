-- The department of the staff member, so a person sees which department looked at their file.
ALTER TABLE audit_log ADD COLUMN department VARCHAR(64);
CREATE INDEX audit_log_by_subject_action ON audit_log (subject, action);

-- "Why did they look?": a person questions an access; the inspectors answer.
CREATE TABLE access_questions
(
    id           UUID PRIMARY KEY,
    audit_id     BIGINT                   NOT NULL,
    asked_by     VARCHAR(20)              NOT NULL,
    question     TEXT                     NOT NULL,
    asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)              NOT NULL
);
CREATE UNIQUE INDEX access_questions_one_per_access ON access_questions (audit_id, asked_by);
