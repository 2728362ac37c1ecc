-- Analytics: the office a case is counted under. A case's office is where it is handled: the office of
-- the last appointment booked for it (an applicant who applied online and books the passport office's
-- appointment for their case is handled there). A case without one counts under no office (''): applied
-- online and decided by its department. Neither the reception desk nor the kiosk records which office it
-- stands in, so their cases too count under no office until an appointment is booked for them.

-- The office each case is counted under now; the rows of earlier cases get no office.
ALTER TABLE analytics_cases ADD COLUMN office VARCHAR(40) DEFAULT '' NOT NULL;

-- The office last told for a case, kept even before the case's submission is seen (events of one case
-- come in any order). Every case has a row once it is entered: locking it puts the case's entry and its
-- offices one after another, so an office told while the case is entered is never lost.
CREATE TABLE analytics_case_offices
(
    case_reference VARCHAR(32) PRIMARY KEY,
    office         VARCHAR(40) NOT NULL,
    located_at     TIMESTAMP WITH TIME ZONE
);

-- The daily roll-ups gain the office in their key: copied into new tables (a primary key's name differs
-- between H2 and PostgreSQL, a copy runs on both), earlier rows under no office.
CREATE TABLE analytics_daily_by_office
(
    on_day          DATE        NOT NULL,
    service_code    VARCHAR(64) NOT NULL,
    department      VARCHAR(64) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    office          VARCHAR(40) NOT NULL,
    submitted       BIGINT DEFAULT 0 NOT NULL,
    completed       BIGINT DEFAULT 0 NOT NULL,
    refused         BIGINT DEFAULT 0 NOT NULL,
    withdrawn       BIGINT DEFAULT 0 NOT NULL,
    decided         BIGINT DEFAULT 0 NOT NULL,
    decision_secs   BIGINT DEFAULT 0 NOT NULL,
    sla_met         BIGINT DEFAULT 0 NOT NULL,
    sla_missed      BIGINT DEFAULT 0 NOT NULL,
    rated           BIGINT DEFAULT 0 NOT NULL,
    rating_sum      BIGINT DEFAULT 0 NOT NULL,
    rated_satisfied BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT analytics_daily_by_office_key PRIMARY KEY (on_day, service_code, department, channel, office)
);
INSERT INTO analytics_daily_by_office (on_day, service_code, department, channel, office, submitted, completed, refused,
                                       withdrawn, decided, decision_secs, sla_met, sla_missed, rated, rating_sum,
                                       rated_satisfied)
SELECT on_day, service_code, department, channel, '', submitted, completed, refused, withdrawn, decided, decision_secs,
       sla_met, sla_missed, rated, rating_sum, rated_satisfied
FROM analytics_daily;
DROP TABLE analytics_daily;
ALTER TABLE analytics_daily_by_office RENAME TO analytics_daily;

CREATE TABLE analytics_daily_decision_days_by_office
(
    on_day       DATE        NOT NULL,
    service_code VARCHAR(64) NOT NULL,
    department   VARCHAR(64) NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    office       VARCHAR(40) NOT NULL,
    days_taken   INT         NOT NULL,
    cases        BIGINT      NOT NULL,
    CONSTRAINT analytics_decision_days_by_office_key
        PRIMARY KEY (on_day, service_code, department, channel, office, days_taken)
);
INSERT INTO analytics_daily_decision_days_by_office (on_day, service_code, department, channel, office, days_taken, cases)
SELECT on_day, service_code, department, channel, '', days_taken, cases
FROM analytics_daily_decision_days;
DROP TABLE analytics_daily_decision_days;
ALTER TABLE analytics_daily_decision_days_by_office RENAME TO analytics_daily_decision_days;
