-- Video meetings (the meetings module): one row per booked video meeting with an official, made when
-- the official's office accepts the request. The Janus room number is the row's own; who hosts is
-- the official's office (OFFICIAL staff of host_department), who attends is the person.
CREATE TABLE meetings
(
    id              UUID         PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('OFFICIAL', 'VIDEO_VISIT')),
    booking         VARCHAR(40)  NOT NULL UNIQUE,
    person          VARCHAR(20)  NOT NULL,
    host_role       VARCHAR(20)  NOT NULL,
    host_department VARCHAR(60)  NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    room            BIGINT       NOT NULL UNIQUE,
    room_created    BOOLEAN      NOT NULL DEFAULT FALSE,
    admitted_at     TIMESTAMP WITH TIME ZONE,
    admitted_by     VARCHAR(100),
    ended_at        TIMESTAMP WITH TIME ZONE,
    ended_by        VARCHAR(100),
    recording       VARCHAR(12)  NOT NULL CHECK (recording IN ('PLANNED', 'RECORDING', 'PROCESSING', 'STORED', 'FAILED')),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX meetings_person ON meetings (person, starts_at);
