-- Rate limits shared by every node: one token bucket per key (a client address, an account),
-- taken from with a conditional update so that concurrent requests on different nodes agree.
CREATE TABLE rate_limit_buckets
(
    bucket   VARCHAR(200)     NOT NULL PRIMARY KEY,
    tokens   DOUBLE PRECISION NOT NULL,
    taken_at BIGINT           NOT NULL,
    -- when the bucket is full again: a bucket past it says nothing a missing row does not
    full_at  BIGINT           NOT NULL
);
CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);
