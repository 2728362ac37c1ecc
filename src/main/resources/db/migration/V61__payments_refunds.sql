-- Refunds: proposed by one finance officer with a reason, approved by another (four eyes). What a
-- charge has refunded is kept on the charge and only grows by a conditional update that keeps it
-- within what was paid, so two approvals racing can never refund more than the payment.
ALTER TABLE payment_charges ADD COLUMN refunded_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_charges ADD CONSTRAINT payment_charges_refund_within CHECK (refunded_minor >= 0 AND refunded_minor <= amount_minor);

CREATE TABLE payment_refunds
(
    id           UUID         PRIMARY KEY,
    charge_id    UUID         NOT NULL REFERENCES payment_charges (id),
    amount_minor BIGINT       NOT NULL CHECK (amount_minor > 0),
    currency     CHAR(3)      NOT NULL,
    reason       TEXT         NOT NULL,
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by  VARCHAR(100) NOT NULL,
    proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_refunds_charge ON payment_refunds (charge_id);
CREATE INDEX payment_refunds_open ON payment_refunds (status, proposed_at);
