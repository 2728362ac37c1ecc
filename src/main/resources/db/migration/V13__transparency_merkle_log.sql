-- The verifiable log (RFC 9162) over audit_log. An entry is written with its leaf hash and a
-- secret nonce (salts of its personal fields); the sequencer then gives it the next leaf index,
-- gap-free across nodes, and stores the perfect subtree hashes used for proofs.
ALTER TABLE audit_log ADD COLUMN nonce VARCHAR(32);
ALTER TABLE audit_log ADD COLUMN leaf_index BIGINT;
CREATE UNIQUE INDEX audit_log_by_leaf ON audit_log (leaf_index);
CREATE INDEX audit_log_by_actor ON audit_log (actor, recorded_at);
CREATE INDEX audit_log_by_time ON audit_log (recorded_at);
-- (subject, action) of V12 serves every look-up by subject; the single-column one only slows appends.
DROP INDEX audit_log_by_subject;

-- Perfect subtree of 2^level leaves starting at leaf idx * 2^level; level 0 are the leaves.
CREATE TABLE log_nodes
(
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL,
    PRIMARY KEY (level, idx)
);

-- One row: how many entries the tree holds. Locked by the sequencer so one node appends at a time.
CREATE TABLE log_state
(
    id        INT    PRIMARY KEY,
    tree_size BIGINT NOT NULL
);
INSERT INTO log_state (id, tree_size) VALUES (1, 0);

CREATE TABLE tree_heads
(
    tree_size    BIGINT PRIMARY KEY,
    timestamp_ms BIGINT       NOT NULL,
    root_hash    CHAR(64)     NOT NULL,
    signature    VARCHAR(128) NOT NULL,
    key_id       CHAR(64)     NOT NULL
);
