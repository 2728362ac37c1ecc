-- The browsers connected to video meetings, each with its Janus session and the plugin handles it attached.
-- Kept here, not in one node's memory, so that any node of a cluster relays a participant's signalling
-- (the load balancer sends each request to any node), sees who is present, and closes every connection
-- of a meeting that ends. A row goes when its participant leaves or the meeting ends.
CREATE TABLE meeting_connections
(
    id          UUID         PRIMARY KEY,
    meeting_id  UUID         NOT NULL,
    participant VARCHAR(100) NOT NULL,
    side        VARCHAR(12)  NOT NULL CHECK (side IN ('PERSON', 'HOST', 'INTERPRETER', 'VIEWER')),
    session_id  BIGINT       NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX meeting_connections_meeting ON meeting_connections (meeting_id);

CREATE TABLE meeting_connection_handles
(
    connection_id UUID   NOT NULL REFERENCES meeting_connections (id) ON DELETE CASCADE,
    handle        BIGINT NOT NULL,
    PRIMARY KEY (connection_id, handle)
);
