-- Payments: what people owe (dues), the charges that collect them through the gateway, and every
-- move of a charge. Amounts are minor units of an ISO 4217 currency (BIGINT), never floating point.
-- References to cases and violations are by their reference only: no foreign keys across modules.
CREATE TABLE payment_dues
(
    id           UUID         PRIMARY KEY,
    kind         VARCHAR(8)   NOT NULL CHECK (kind IN ('FEE', 'FINE')),
    reference    VARCHAR(40)  NOT NULL,
    payer        VARCHAR(20)  NOT NULL,
    amount_minor BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency     CHAR(3)      NOT NULL,
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('OPEN', 'PAID', 'CANCELLED')),
    -- The one live charge collecting this due; claimed with a conditional update, so two charges
    -- can never collect the same due at once.
    charge_id    UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_dues_once UNIQUE (kind, reference)
);
CREATE INDEX payment_dues_payer ON payment_dues (payer, status);
CREATE INDEX payment_dues_charge ON payment_dues (charge_id);

CREATE TABLE payment_due_lines
(
    due_id       UUID         NOT NULL REFERENCES payment_dues (id),
    position     INTEGER      NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label_ar     TEXT         NOT NULL,
    label_en     TEXT         NOT NULL,
    amount_minor BIGINT       NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (due_id, position)
);

CREATE TABLE payment_charges
(
    id              UUID         PRIMARY KEY,
    payer           VARCHAR(20)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    method          VARCHAR(8)   NOT NULL CHECK (method IN ('CARD', 'BILL')),
    amount_minor    BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency        CHAR(3)      NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    redirect_url    TEXT,
    bill_number     VARCHAR(20),
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    queried_at      TIMESTAMP WITH TIME ZONE,
    version         INTEGER      NOT NULL DEFAULT 0,
    -- One charge per idempotency key of a caller: a retried create is answered with the same charge.
    CONSTRAINT payment_charges_idempotent UNIQUE (created_by, idempotency_key)
);
CREATE INDEX payment_charges_payer ON payment_charges (payer, created_at DESC);
CREATE INDEX payment_charges_open ON payment_charges (status, updated_at);

CREATE TABLE payment_charge_dues
(
    charge_id UUID NOT NULL REFERENCES payment_charges (id),
    due_id    UUID NOT NULL REFERENCES payment_dues (id),
    PRIMARY KEY (charge_id, due_id)
);

CREATE TABLE payment_charge_history
(
    id          BIGSERIAL    PRIMARY KEY,
    charge_id   UUID         NOT NULL REFERENCES payment_charges (id),
    from_status VARCHAR(12)  NOT NULL,
    to_status   VARCHAR(12)  NOT NULL,
    source      VARCHAR(100) NOT NULL,
    detail      TEXT,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_charge_history_charge ON payment_charge_history (charge_id, id);

-- Notifications already applied, by the gateway's notification ID: a repeated one changes nothing.
CREATE TABLE payment_gateway_notifications
(
    notification_id VARCHAR(64)  PRIMARY KEY,
    charge_id       VARCHAR(64)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
