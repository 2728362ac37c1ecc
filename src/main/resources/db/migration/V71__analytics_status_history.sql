-- The status page's history: each dependency's checks per day (kept 90 days), and the check slots
-- already taken, so that of several nodes exactly one checks each slot.
CREATE TABLE analytics_status_days
(
    component  VARCHAR(64) NOT NULL,
    checked_on DATE        NOT NULL,
    checks     INT         NOT NULL,
    failures   INT         NOT NULL,
    PRIMARY KEY (component, checked_on)
);

CREATE TABLE analytics_status_slots
(
    slot_start TIMESTAMP WITH TIME ZONE PRIMARY KEY,
    node       VARCHAR(128)             NOT NULL
);
