-- SMS one-time codes: only a hash of the code is kept.
CREATE TABLE otp_challenges
(
    id           UUID PRIMARY KEY,
    username     VARCHAR(64)              NOT NULL,
    msisdn       VARCHAR(20)              NOT NULL,
    purpose      VARCHAR(32)              NOT NULL,
    code_hash    CHAR(64)                 NOT NULL,
    attempts     INT                      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at  TIMESTAMP WITH TIME ZONE,
    -- false for the decoy challenge of a registration with an ID that already has an account
    delivered    BOOLEAN                  NOT NULL
);
CREATE INDEX otp_challenges_by_user ON otp_challenges (username, created_at);
