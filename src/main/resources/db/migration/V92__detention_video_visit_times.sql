-- A video visit is approved with its time of day: the prison officer picks the start within the
-- video visiting hours, and the length is the configured one at the time of approval. The meetings
-- module books the call's room from the event published with them.
ALTER TABLE detention_requests ADD COLUMN visit_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE detention_requests ADD COLUMN visit_minutes INTEGER CHECK (visit_minutes > 0);
