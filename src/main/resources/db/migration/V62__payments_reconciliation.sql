-- The daily reconciliation of the gateway's settlement file (camt.053) against our charges: one run
-- per day (the claim that keeps two nodes from reconciling the same day), and each difference for
-- finance to work and close with a note.
CREATE TABLE payment_reconciliations
(
    id             UUID        PRIMARY KEY,
    settlement_day DATE        NOT NULL UNIQUE,
    run_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    matched        INTEGER     NOT NULL DEFAULT 0,
    matched_minor  BIGINT      NOT NULL DEFAULT 0,
    differences    INTEGER     NOT NULL DEFAULT 0
);

CREATE TABLE payment_reconciliation_items
(
    id                UUID         PRIMARY KEY,
    reconciliation_id UUID         NOT NULL REFERENCES payment_reconciliations (id),
    kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('MISSING_OURS', 'MISSING_GATEWAY', 'AMOUNT_MISMATCH')),
    charge_reference  VARCHAR(64)  NOT NULL,
    gateway_reference VARCHAR(64),
    ours_minor        BIGINT,
    gateway_minor     BIGINT,
    currency          CHAR(3)      NOT NULL,
    closed_by         VARCHAR(100),
    closed_at         TIMESTAMP WITH TIME ZONE,
    note              TEXT
);
CREATE INDEX payment_reconciliation_items_run ON payment_reconciliation_items (reconciliation_id, kind);
