-- Granting a mandate through the API takes an Idempotency-Key: the key (prefixed with the granting
-- person's ID) is kept with the mandate, so the same request again finds the mandate already given.
ALTER TABLE mandates ADD COLUMN grant_key VARCHAR(100);
CREATE UNIQUE INDEX mandates_grant_once ON mandates (grant_key);
