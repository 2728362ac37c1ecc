-- Verifying a registration creates an account with a municipality's authority, so it takes four
-- eyes: one member of municipal affairs proposes, a second, different one confirms, and only the
-- confirmation creates the account. Proposals are kept in their own table rather than as a status
-- of municipal_registrations, so the registration's status (and its CHECK) keeps meaning what it
-- meant (the account exists once VERIFIED) and the proposal remains on record once decided:
--   * one row per registration (the primary key): a registration is proposed once, by one person;
--   * batch_id groups the registrations ticked together on the queue page, so a second person can
--     confirm the whole batch, or each registration on its own;
--   * the confirmation is a conditional update of the registration (status SUBMITTED and a proposal
--     by someone else), so the same person cannot confirm their own proposal and, of two people
--     confirming at once, exactly one creates the account.
CREATE TABLE municipal_registration_proposals
(
    registration_id UUID         PRIMARY KEY REFERENCES municipal_registrations (id),
    batch_id        UUID         NOT NULL,
    proposed_by     VARCHAR(100) NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX municipal_registration_proposals_batch ON municipal_registration_proposals (batch_id);
