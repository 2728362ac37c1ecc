-- The daily report sent to leadership: one row per report day, claimed by the first node whose
-- timer finds the hour come; the others find the day taken and send nothing.
CREATE TABLE analytics_daily_reports
(
    report_day DATE PRIMARY KEY,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    node       VARCHAR(128)             NOT NULL,
    recipients INT                      NOT NULL
);
