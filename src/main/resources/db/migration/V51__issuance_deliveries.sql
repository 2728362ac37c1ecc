-- Delivery of a physical document: to the applicant's address by courier, or pickup at an office.
-- One delivery per case; the idempotency key makes a retried request return the same delivery.
CREATE TABLE deliveries
(
    id                 UUID PRIMARY KEY,
    case_reference     VARCHAR(32)              NOT NULL UNIQUE,
    idempotency_key    VARCHAR(100)             NOT NULL UNIQUE,
    recipient          VARCHAR(20)              NOT NULL,
    department         VARCHAR(64)              NOT NULL,
    method             VARCHAR(16)              NOT NULL,
    district           VARCHAR(100),
    address            VARCHAR(500),
    latitude           DECIMAL(9, 6),
    longitude          DECIMAL(9, 6),
    office             VARCHAR(64),
    fee                DECIMAL(10, 2)           NOT NULL,
    status             VARCHAR(24)              NOT NULL,
    courier            VARCHAR(64),
    handover_code_hash VARCHAR(64),
    wrong_codes        INT                      NOT NULL,
    version            INT                      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deliveries_by_courier ON deliveries (courier, status, updated_at);

-- Nonces couriers have used: a replayed request finds its nonce here and is refused.
CREATE TABLE courier_nonces
(
    courier VARCHAR(64)              NOT NULL,
    nonce   VARCHAR(64)              NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (courier, nonce)
);
CREATE INDEX courier_nonces_by_age ON courier_nonces (seen_at);
