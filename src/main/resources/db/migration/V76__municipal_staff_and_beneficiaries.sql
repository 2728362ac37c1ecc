-- The joint municipal platform. Organisations (governorates, districts, municipalities, mukhtar
-- seats) are reference data read from municipal/organisations.yml, referred to here by code.

-- Which municipality an account works for: a municipality's staff and its mukhtars see only its records.
CREATE TABLE municipal_staff
(
    username     VARCHAR(100) PRIMARY KEY,
    municipality VARCHAR(40)  NOT NULL,
    position     VARCHAR(20)  NOT NULL CHECK (position IN ('STAFF', 'MUKHTAR')),
    since        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The register of beneficiaries across all municipalities. Names as entered, plus the keys the
-- matcher blocks on (five keys of skeletons of the name parts, see municipal.internal.NameForms): a new record
-- is compared only with those sharing one of the keys, never with the whole register.
-- identity_key is the national ID when there is one, else a digest of the normalised names and
-- birth: the same person filed twice by one municipality, even at the same moment, is one row.
CREATE TABLE municipal_beneficiaries
(
    id               UUID         PRIMARY KEY,
    municipality     VARCHAR(40)  NOT NULL,
    national_id      VARCHAR(20),
    first_name       VARCHAR(60)  NOT NULL,
    father_name      VARCHAR(60)  NOT NULL,
    grandfather_name VARCHAR(60),
    family_name      VARCHAR(60)  NOT NULL,
    mother_name      VARCHAR(60),
    birth_date       DATE,
    birth_year       INTEGER,
    birth_place      VARCHAR(60),
    identity_key     VARCHAR(80)  NOT NULL,
    bk_family_year   VARCHAR(130),
    bk_first_father  VARCHAR(130),
    bk_first_family  VARCHAR(130) NOT NULL,
    bk_father_family VARCHAR(130) NOT NULL,
    bk_lineage       VARCHAR(130),
    filed_by         VARCHAR(100) NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    filed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT municipal_beneficiaries_once UNIQUE (municipality, identity_key),
    CONSTRAINT municipal_beneficiaries_key UNIQUE (filed_by, idempotency_key)
);
CREATE INDEX municipal_beneficiaries_national_id ON municipal_beneficiaries (national_id);
CREATE INDEX municipal_beneficiaries_bk_family_year ON municipal_beneficiaries (bk_family_year);
CREATE INDEX municipal_beneficiaries_bk_first_father ON municipal_beneficiaries (bk_first_father);
CREATE INDEX municipal_beneficiaries_bk_first_family ON municipal_beneficiaries (bk_first_family);
CREATE INDEX municipal_beneficiaries_bk_father_family ON municipal_beneficiaries (bk_father_family);
CREATE INDEX municipal_beneficiaries_bk_lineage ON municipal_beneficiaries (bk_lineage);

-- What the matcher found for a new record: the candidates scoring LINK or REVIEW, with the
-- weights that made the score (which parts agreed), for the reviewers to see.
CREATE TABLE municipal_beneficiary_matches
(
    beneficiary_id UUID         NOT NULL REFERENCES municipal_beneficiaries (id),
    candidate_id   UUID         NOT NULL REFERENCES municipal_beneficiaries (id),
    score          NUMERIC(6, 2) NOT NULL,
    decision       VARCHAR(8)   NOT NULL CHECK (decision IN ('LINK', 'REVIEW')),
    explanation    TEXT         NOT NULL,
    PRIMARY KEY (beneficiary_id, candidate_id)
);
CREATE INDEX municipal_beneficiary_matches_candidate ON municipal_beneficiary_matches (candidate_id);
