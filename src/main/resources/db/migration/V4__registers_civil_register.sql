-- A copy of the civil and residency registers, the source of once-only prefill.
CREATE TABLE civil_register
(
    national_id     VARCHAR(20) PRIMARY KEY,
    full_name_ar    TEXT NOT NULL,
    full_name_en    TEXT NOT NULL,
    date_of_birth   DATE NOT NULL,
    passport_number VARCHAR(20),
    passport_expiry DATE,
    mobile          VARCHAR(20)
);
