package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A request proposed, decided or scheduled: each update conditional on the version the decision was taken on. */
@Repository
public class RequestDecisions {

    private final JdbcClient jdbc;

    RequestDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Conditional on the version the decision was taken on: a concurrent decision wins, this one does not. */
    public boolean move(DetentionRequest r, RequestStatus to, String by, @Nullable String reason, Instant at) {
        var proposal = to == RequestStatus.PROPOSED;
        return jdbc.sql(proposal ? """
                        UPDATE detention_requests SET status = :to, proposed_by = :by, proposed_reason = :reason,
                               version = version + 1 WHERE id = :id AND version = :version""" : """
                        UPDATE detention_requests SET status = :to, decided_by = :by, decided_reason = :reason,
                               decided_at = :at, version = version + 1 WHERE id = :id AND version = :version""")
                .param("to", to.name()).param("by", by).param("reason", reason).param("id", r.id())
                .param("version", r.version()).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Approves a video visit with its time, conditional on the version as {@link #move} is. */
    public boolean schedule(DetentionRequest r, String by, @Nullable String reason, Instant at, Instant visitAt, int minutes) {
        return jdbc.sql("""
                        UPDATE detention_requests SET status = 'APPROVED', decided_by = :by, decided_reason = :reason,
                               decided_at = :at, visit_at = :visitAt, visit_minutes = :minutes, version = version + 1
                        WHERE id = :id AND version = :version AND type = 'VIDEO_VISIT'""")
                .param("by", by).param("reason", reason).param("at", Timestamp.from(at))
                .param("visitAt", Timestamp.from(visitAt)).param("minutes", minutes).param("id", r.id())
                .param("version", r.version()).update() == 1;
    }
}
