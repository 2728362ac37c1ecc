-- The dev outbox also keeps e-mails when no mail server is configured (spring.mail.host unset).
ALTER TABLE dev_outbox ALTER COLUMN msisdn SET DATA TYPE VARCHAR(254);
ALTER TABLE dev_outbox ADD COLUMN channel VARCHAR(8) DEFAULT 'sms' NOT NULL;
ALTER TABLE dev_outbox ADD COLUMN subject VARCHAR(300);
