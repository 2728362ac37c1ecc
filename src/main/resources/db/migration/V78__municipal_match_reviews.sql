-- A pair the matcher could not decide (REVIEW) is resolved by two different people of municipal
-- affairs who agree (four eyes): each vote is a row, one per reviewer and pair; the resolution is
-- written once, when a second reviewer agrees with the first.
CREATE TABLE municipal_match_votes
(
    beneficiary_id UUID         NOT NULL,
    candidate_id   UUID         NOT NULL,
    reviewer       VARCHAR(100) NOT NULL,
    verdict        VARCHAR(9)   NOT NULL CHECK (verdict IN ('SAME', 'DIFFERENT')),
    voted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (beneficiary_id, candidate_id, reviewer),
    FOREIGN KEY (beneficiary_id, candidate_id) REFERENCES municipal_beneficiary_matches (beneficiary_id, candidate_id)
);

CREATE TABLE municipal_match_resolutions
(
    beneficiary_id UUID        NOT NULL,
    candidate_id   UUID        NOT NULL,
    verdict        VARCHAR(9)  NOT NULL CHECK (verdict IN ('SAME', 'DIFFERENT')),
    resolved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (beneficiary_id, candidate_id),
    FOREIGN KEY (beneficiary_id, candidate_id) REFERENCES municipal_beneficiary_matches (beneficiary_id, candidate_id)
);
