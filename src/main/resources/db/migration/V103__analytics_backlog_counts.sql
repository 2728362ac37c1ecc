-- Analytics: the backlog kept as counts, so that reading it does not grow with the number of open cases.
-- Filled from analytics_cases by V104 (which knows the country's time zone), then kept from the events.

-- The cases still open, by the day (the country's) they came in: a row per day and dimensions with open
-- cases, removed when its last case ends.
CREATE TABLE analytics_open_cases
(
    service_code VARCHAR(64) NOT NULL,
    department   VARCHAR(64) NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    office       VARCHAR(40) NOT NULL,
    submitted_on DATE        NOT NULL,
    cases        BIGINT      NOT NULL,
    CONSTRAINT analytics_open_cases_key PRIMARY KEY (service_code, department, channel, office, submitted_on)
);

-- The cases that came to an end, by the day they ended and the day they came in: the backlog at the end of
-- a past day adds those that ended after it to the cases open now.
CREATE TABLE analytics_ended_cases
(
    ended_on     DATE        NOT NULL,
    submitted_on DATE        NOT NULL,
    service_code VARCHAR(64) NOT NULL,
    department   VARCHAR(64) NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    office       VARCHAR(40) NOT NULL,
    cases        BIGINT      NOT NULL,
    CONSTRAINT analytics_ended_cases_key
        PRIMARY KEY (ended_on, submitted_on, service_code, department, channel, office)
);
