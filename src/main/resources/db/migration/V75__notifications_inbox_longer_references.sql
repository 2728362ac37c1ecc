-- A payment's number (a UUID, 36 characters) is the reference of its messages, as a case's is.
ALTER TABLE inbox_messages ALTER COLUMN case_reference SET DATA TYPE VARCHAR(64);
ALTER TABLE notification_messages ALTER COLUMN case_reference SET DATA TYPE VARCHAR(64);
