-- A sign-language interpreter asked for an appointment (by the deaf or mute person, or whoever
-- booked for them), so that the office arranges one before the visit. One request per appointment.
CREATE TABLE appointment_interpreters
(
    appointment_id UUID PRIMARY KEY REFERENCES appointments (id),
    requested_by   VARCHAR(64)              NOT NULL,
    note           VARCHAR(300),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
