-- Copies of the traffic registers (vehicles, driving licences, violations), the sources of
-- once-only prefill for the traffic services. A deployment that reads the national traffic
-- system directly replaces the JDBC adapters and leaves these tables empty.
CREATE TABLE vehicle_register
(
    plate_latin         VARCHAR(12) PRIMARY KEY,
    plate_arabic        VARCHAR(24) NOT NULL,
    sequence_number     VARCHAR(9)  NOT NULL UNIQUE,
    owner_national_id   VARCHAR(20) NOT NULL,
    make_ar             TEXT        NOT NULL,
    make_en             TEXT        NOT NULL,
    model_ar            TEXT        NOT NULL,
    model_en            TEXT        NOT NULL,
    model_year          INTEGER     NOT NULL,
    colour_ar           TEXT        NOT NULL,
    colour_en           TEXT        NOT NULL,
    registration_expiry DATE        NOT NULL
);
CREATE INDEX vehicle_register_owner ON vehicle_register (owner_national_id);

CREATE TABLE driving_licence_register
(
    licence_number     VARCHAR(20) PRIMARY KEY,
    holder_national_id VARCHAR(20) NOT NULL,
    kinds              VARCHAR(100) NOT NULL,
    issued_on          DATE        NOT NULL,
    expires_on         DATE        NOT NULL
);
CREATE INDEX driving_licence_register_holder ON driving_licence_register (holder_national_id);

CREATE TABLE traffic_violation_register
(
    violation_number   VARCHAR(12)   PRIMARY KEY,
    holder_national_id VARCHAR(20)   NOT NULL,
    plate_latin        VARCHAR(12)   NOT NULL,
    committed_on       DATE          NOT NULL,
    place_ar           TEXT          NOT NULL,
    place_en           TEXT          NOT NULL,
    kind_ar            TEXT          NOT NULL,
    kind_en            TEXT          NOT NULL,
    amount             NUMERIC(10, 2) NOT NULL CHECK (amount >= 0),
    paid               BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX traffic_violation_register_holder ON traffic_violation_register (holder_national_id, committed_on DESC);
