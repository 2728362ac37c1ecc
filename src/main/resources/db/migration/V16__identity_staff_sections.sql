-- Staff of a women's section handle the cases flagged for it (and only they do).
ALTER TABLE accounts ADD COLUMN women_section BOOLEAN DEFAULT FALSE NOT NULL;
-- Needs a person asked the ministry to know about, shown to staff on every case and appointment:
-- SIGN_LANGUAGE, WHEELCHAIR, READER (someone to read documents aloud), with a free-text note.
CREATE TABLE accessibility_needs
(
    national_id VARCHAR(20)              NOT NULL,
    need        VARCHAR(32)              NOT NULL,
    note        TEXT,
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (national_id, need)
);
