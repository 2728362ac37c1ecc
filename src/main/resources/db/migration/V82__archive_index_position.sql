-- How far a shared archive index (a SolrCloud collection) holds the journal of changes
-- (archive_index_journal, V53), and which node catches it up now: one row per index, the
-- holder renewing its lease while it works so that one node writes each change, not every node.
CREATE TABLE archive_index_position (
    name       VARCHAR(200) PRIMARY KEY,
    seq        BIGINT NOT NULL,
    holder     VARCHAR(64),
    held_until TIMESTAMP WITH TIME ZONE
);
