-- Analytics: the appeals lodged before V94, which recorded only those lodged after it, from what the
-- cases module holds of them (an appeal is a case whose appeal_of names the refused case; it was lodged
-- when it was submitted, the moment the live recording takes from the refused case's "appealed" step).
-- An appeal recorded already is left as it is, and one recorded live after this migration finds its row
-- here and adds nothing (ON CONFLICT DO NOTHING): each appeal is counted once.
-- Read once, at this migration, across the module boundary: analytics' running code never reads cases.
INSERT INTO analytics_appeals (appeal_reference, appeal_of, lodged_at)
SELECT c.reference, c.appeal_of, c.submitted_at
FROM cases c
WHERE c.appeal_of IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM analytics_appeals a WHERE a.appeal_reference = c.reference);
