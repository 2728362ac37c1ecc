-- When a case came to an end, whatever the end (approved, refused, withdrawn, its fee never paid): the
-- backlog at a moment is the cases submitted before it and not ended by it, and its age is theirs.
ALTER TABLE analytics_cases ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
UPDATE analytics_cases SET ended_at = decided_at WHERE decided_at IS NOT NULL;
UPDATE analytics_cases SET ended_at = (SELECT MIN(s.at) FROM analytics_case_steps s
                                       WHERE s.case_reference = analytics_cases.case_reference
                                         AND s.kind = 'WITHDRAWN' AND s.booked = TRUE)
WHERE ended_at IS NULL;
CREATE INDEX analytics_cases_by_end ON analytics_cases (ended_at, submitted_at);

-- An appeal and the refused case it appeals, from the refused case's "appealed" step (an appeal is
-- a case of its own: its outcome is that case's). Appeals lodged before this migration are not here.
CREATE TABLE analytics_appeals
(
    appeal_reference VARCHAR(32) PRIMARY KEY,
    appeal_of        VARCHAR(32)              NOT NULL,
    lodged_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_appeals_by_lodging ON analytics_appeals (lodged_at);
