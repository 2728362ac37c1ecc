-- Household assessments and displacement reports filed by municipalities' field workers, on an
-- official form kept as data (municipal/forms/<id>.v<version>.yml): the form's id and version are
-- stored with each record, so a later version of the form never reinterprets an old one. A draft
-- is its author's until filed; the answers are JSON text. One record per author and Idempotency-Key.
CREATE TABLE municipal_assessments
(
    id              UUID         NOT NULL PRIMARY KEY,
    municipality    VARCHAR(60)  NOT NULL,
    form_id         VARCHAR(60)  NOT NULL,
    form_version    INT          NOT NULL,
    status          VARCHAR(5)   NOT NULL CHECK (status IN ('DRAFT', 'FILED')),
    answers         TEXT         NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT municipal_assessments_key UNIQUE (created_by, idempotency_key)
);
CREATE INDEX municipal_assessments_author ON municipal_assessments (created_by, status);
CREATE INDEX municipal_assessments_municipality ON municipal_assessments (municipality, status, filed_at);

-- Each member of a filed assessment, as filed into the register of beneficiaries (the matcher's
-- result is kept with the beneficiary). existing: the person was already on the municipality's register.
CREATE TABLE municipal_assessment_members
(
    assessment_id  UUID    NOT NULL REFERENCES municipal_assessments (id),
    member_no      INT     NOT NULL,
    beneficiary_id UUID    NOT NULL REFERENCES municipal_beneficiaries (id),
    existing       BOOLEAN NOT NULL,
    PRIMARY KEY (assessment_id, member_no)
);
CREATE INDEX municipal_assessment_members_beneficiary ON municipal_assessment_members (beneficiary_id);

-- The aid decided for one filed household, once: granted (kind and amount) or refused (reason).
CREATE TABLE municipal_aid_decisions
(
    assessment_id UUID          NOT NULL PRIMARY KEY REFERENCES municipal_assessments (id),
    municipality  VARCHAR(60)   NOT NULL,
    outcome       VARCHAR(7)    NOT NULL CHECK (outcome IN ('GRANTED', 'REFUSED')),
    kind          VARCHAR(20),
    amount        DECIMAL(12, 2),
    reason        VARCHAR(500),
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((outcome = 'GRANTED' AND kind IS NOT NULL) OR (outcome = 'REFUSED' AND reason IS NOT NULL))
);
CREATE INDEX municipal_aid_decisions_granted ON municipal_aid_decisions (outcome, municipality);
