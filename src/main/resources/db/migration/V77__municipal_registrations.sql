-- Municipalities' officials and mukhtars registering on the platform: who (national ID, name,
-- position), for which municipality, the decree or appointment document (documents module), the
-- mobile proven by an SMS code (kept only as a hash), then verified or refused with a reason by the
-- ministry's municipal affairs. The account exists only once verified: an unverified or refused
-- registration cannot sign in. Decisions are conditional updates on the status.
CREATE TABLE municipal_registrations
(
    id              UUID         PRIMARY KEY,
    municipality    VARCHAR(40)  NOT NULL,
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('MUNICIPAL_STAFF', 'MUKHTAR')),
    position        VARCHAR(80)  NOT NULL,
    official_name   VARCHAR(120) NOT NULL,
    national_id     VARCHAR(20)  NOT NULL,
    mobile          VARCHAR(20)  NOT NULL,
    username        VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(200) NOT NULL,
    decree_document UUID         NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PHONE_UNPROVEN', 'SUBMITTED', 'VERIFIED', 'REFUSED')),
    code_hash       VARCHAR(64),
    code_expires_at TIMESTAMP WITH TIME ZONE,
    code_attempts   INTEGER      NOT NULL,
    refusal_reason  TEXT,
    decided_by      VARCHAR(100),
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX municipal_registrations_queue ON municipal_registrations (status, registered_at);
