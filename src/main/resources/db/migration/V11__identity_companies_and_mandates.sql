-- Companies (commercial registration) and their owners.
CREATE TABLE companies
(
    cr_number VARCHAR(20) PRIMARY KEY,
    name_ar   TEXT        NOT NULL,
    name_en   TEXT        NOT NULL,
    owner     VARCHAR(20) NOT NULL
);

-- Who may act for whom. basis: SELF (the principal signed it), GUARDIAN (parent of a minor),
-- SPONSOR (the sponsor of a resident, given to a representative). granted_by: a national ID or a
-- company's commercial registration number. scope: service codes, comma-separated.
CREATE TABLE mandates
(
    id          UUID PRIMARY KEY,
    principal   VARCHAR(20)              NOT NULL,
    delegate    VARCHAR(20)              NOT NULL,
    granted_by  VARCHAR(20)              NOT NULL,
    basis       VARCHAR(16)              NOT NULL,
    scope       TEXT                     NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(20)
);
CREATE INDEX mandates_by_delegate ON mandates (delegate, principal);
CREATE INDEX mandates_by_grantor ON mandates (granted_by);

-- A case made under a mandate records both the person it is for (applicant) and who acted.
ALTER TABLE cases ADD COLUMN mandate_id UUID;
ALTER TABLE application_drafts ADD COLUMN on_behalf_of VARCHAR(20);

-- The residency register: who sponsors each resident (a company by its commercial registration,
-- or a person by national ID).
CREATE TABLE residency_register
(
    national_id    VARCHAR(20) PRIMARY KEY,
    sponsor        VARCHAR(20) NOT NULL,
    permit_expiry  DATE        NOT NULL
);
CREATE INDEX residency_register_by_sponsor ON residency_register (sponsor);

-- A minor's guardian, from the civil register: an implied mandate for the child's documents.
ALTER TABLE civil_register ADD COLUMN guardian VARCHAR(20);

-- People the owner of a company names to act for it: an implied mandate for every resident the
-- company sponsors, in the residency services. Removing a representative ends it at once.
CREATE TABLE company_representatives
(
    cr_number   VARCHAR(20)              NOT NULL,
    national_id VARCHAR(20)              NOT NULL,
    added_by    VARCHAR(20)              NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (cr_number, national_id)
);
