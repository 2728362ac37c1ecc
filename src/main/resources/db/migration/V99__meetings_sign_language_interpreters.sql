-- A sign-language interpreter as a third participant in a video call (issue 22). The person asks for
-- one when asking to meet an official by video or asking for a family video visit (the ask is kept
-- with the request until it is decided), and the meeting booked from it keeps the ask; the host then
-- assigns one of the ministry's interpreters, who alone of the interpreters may join that call.
ALTER TABLE official_requests ADD COLUMN interpreter_asked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE official_requests ADD COLUMN interpreter_note VARCHAR(300);
ALTER TABLE detention_requests ADD COLUMN interpreter_asked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE detention_requests ADD COLUMN interpreter_note VARCHAR(300);

ALTER TABLE meetings ADD COLUMN interpreter_asked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meetings ADD COLUMN interpreter_note VARCHAR(300);
ALTER TABLE meetings ADD COLUMN interpreter VARCHAR(100);
ALTER TABLE meetings ADD COLUMN interpreter_assigned_by VARCHAR(100);
ALTER TABLE meetings ADD COLUMN interpreter_assigned_at TIMESTAMP WITH TIME ZONE;
-- only a meeting that asked for an interpreter gets one
ALTER TABLE meetings ADD CONSTRAINT meetings_interpreter_asked CHECK (interpreter IS NULL OR interpreter_asked);

CREATE INDEX meetings_interpreter ON meetings (interpreter, starts_at);
