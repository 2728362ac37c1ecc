-- Satisfaction: once a case has ended its applicant is asked one question, and may answer once.
CREATE TABLE analytics_satisfaction_asked
(
    case_reference VARCHAR(32) PRIMARY KEY,
    applicant      VARCHAR(20)              NOT NULL,
    service_code   VARCHAR(64)              NOT NULL,
    asked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_satisfaction_asked_by_applicant ON analytics_satisfaction_asked (applicant);

-- One answer per case, enforced by the key; the comment is kept as written and masked when read.
CREATE TABLE analytics_satisfaction
(
    case_reference  VARCHAR(32) PRIMARY KEY,
    service_code    VARCHAR(64)              NOT NULL,
    department      VARCHAR(64)              NOT NULL,
    score           SMALLINT                 NOT NULL,
    comment         TEXT,
    idempotency_key VARCHAR(128)             NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_satisfaction_by_department ON analytics_satisfaction (department, answered_at);
