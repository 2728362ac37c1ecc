-- A paid charge's receipt: made once, signed like issued documents, verifiable by its code.
CREATE TABLE payment_receipts
(
    charge_id UUID        PRIMARY KEY REFERENCES payment_charges (id),
    code      VARCHAR(24) NOT NULL UNIQUE,
    pdf       BYTEA       NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);
