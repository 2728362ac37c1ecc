-- The custody register: facilities and their wings, the people held, their court sessions, the
-- contacts who may follow them and every look at their file. Visit rules are data staff edit:
-- each facility's visiting days, its blackout days and each detainee's monthly quota.
CREATE TABLE detention_facilities
(
    code              VARCHAR(40)  PRIMARY KEY,
    name_ar           TEXT         NOT NULL,
    name_en           TEXT         NOT NULL,
    deposit_cap_minor BIGINT       NOT NULL CHECK (deposit_cap_minor >= 0),
    visit_weekdays    VARCHAR(20)  NOT NULL
);

CREATE TABLE detention_wings
(
    facility VARCHAR(40) NOT NULL REFERENCES detention_facilities (code),
    code     VARCHAR(20) NOT NULL,
    name_ar  TEXT        NOT NULL,
    name_en  TEXT        NOT NULL,
    PRIMARY KEY (facility, code)
);

CREATE TABLE detention_blackout_days
(
    facility  VARCHAR(40) NOT NULL REFERENCES detention_facilities (code),
    closed_on DATE        NOT NULL,
    reason_ar TEXT        NOT NULL,
    reason_en TEXT        NOT NULL,
    PRIMARY KEY (facility, closed_on)
);

CREATE TABLE detainees
(
    id                UUID         PRIMARY KEY,
    national_id       VARCHAR(20)  NOT NULL UNIQUE,
    -- The facility's file number, the reference families and staff quote (never the national ID).
    file_number       VARCHAR(20)  NOT NULL UNIQUE,
    name_ar           TEXT         NOT NULL,
    name_en           TEXT         NOT NULL,
    facility          VARCHAR(40)  NOT NULL REFERENCES detention_facilities (code),
    wing              VARCHAR(20)  NOT NULL,
    admitted_on       DATE         NOT NULL,
    legal_status      VARCHAR(20)  NOT NULL CHECK (legal_status IN
                          ('UNDER_INVESTIGATION', 'REMANDED', 'ON_TRIAL', 'SENTENCED', 'RELEASED')),
    sentence_ar       TEXT,
    sentence_en       TEXT,
    expected_release  DATE,
    visits_allowed    BOOLEAN      NOT NULL,
    monthly_visits    INTEGER      NOT NULL CHECK (monthly_visits >= 0),
    health_ar         TEXT,
    health_en         TEXT,
    health_consent    BOOLEAN      NOT NULL,
    version           INTEGER      NOT NULL
);
CREATE INDEX detainees_facility ON detainees (facility);

CREATE TABLE detention_court_sessions
(
    id          UUID         PRIMARY KEY,
    detainee_id UUID         NOT NULL REFERENCES detainees (id),
    held_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    court_ar    TEXT         NOT NULL,
    court_en    TEXT         NOT NULL,
    outcome_ar  TEXT,
    outcome_en  TEXT
);
CREATE INDEX detention_court_sessions_detainee ON detention_court_sessions (detainee_id, held_at);

-- Who may follow a detainee. A relative's kinship is checked against the civil register at each look.
CREATE TABLE detention_contacts
(
    id          UUID         PRIMARY KEY,
    detainee_id UUID         NOT NULL REFERENCES detainees (id),
    person      VARCHAR(20)  NOT NULL,
    name        TEXT         NOT NULL,
    relation    VARCHAR(8)   NOT NULL CHECK (relation IN ('PARENT', 'CHILD', 'SPOUSE', 'SIBLING', 'LAWYER', 'EMBASSY')),
    status      VARCHAR(10)  NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'WITHDRAWN')),
    proposed_by VARCHAR(100) NOT NULL,
    decided_by  VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT detention_contacts_once UNIQUE (detainee_id, person)
);
CREATE INDEX detention_contacts_person ON detention_contacts (person, status);

-- The detainee's own "who looked" list; each row also has its entry on the audit trail.
CREATE TABLE detention_looks
(
    id          BIGSERIAL    PRIMARY KEY,
    detainee_id UUID         NOT NULL REFERENCES detainees (id),
    looked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(20)  NOT NULL,
    relation    VARCHAR(8),
    channel     VARCHAR(10)  NOT NULL
);
CREATE INDEX detention_looks_detainee ON detention_looks (detainee_id, looked_at DESC);
