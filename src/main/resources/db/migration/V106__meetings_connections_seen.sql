-- When each browser's connection was last heard from (any signalling request, its events' long poll included):
-- a connection whose browser vanished without leaving is no longer counted as present, and is closed.
ALTER TABLE meeting_connections ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE;
UPDATE meeting_connections SET seen_at = opened_at;
ALTER TABLE meeting_connections ALTER COLUMN seen_at SET NOT NULL;
