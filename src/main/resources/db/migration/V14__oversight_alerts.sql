-- Anomaly alerts for inspectors; one per rule, key and window whichever node evaluates it.
CREATE TABLE oversight_alerts
(
    id           UUID PRIMARY KEY,
    rule         VARCHAR(48)              NOT NULL,
    alert_key    VARCHAR(200)             NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    summary      VARCHAR(500)             NOT NULL,
    evidence     VARCHAR(4000)            NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    assigned_to  VARCHAR(64),
    finding      VARCHAR(2000),
    closed_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX oversight_alerts_once ON oversight_alerts (rule, alert_key, window_start);
CREATE INDEX oversight_alerts_by_status ON oversight_alerts (status, raised_at);
