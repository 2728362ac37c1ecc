package org.nafitha.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts raised by the anomaly rules: one per rule, key and week whichever node evaluated it;
 * assigned to an inspector, investigated, closed with a finding — each step in the audit log.
 */
@Repository
public class Alerts {

    public enum Status { OPEN, INVESTIGATING, CLOSED }

    /** @param figures the numbers and names of the rule's sentence, in order */
    public record Alert(UUID id, String rule, String key, Instant windowStart, List<String> figures, List<Long> evidence,
                        Instant raisedAt, Status status, @Nullable String assignedTo, @Nullable String finding,
                        @Nullable Instant closedAt) {
    }

    /** Between the figures of an alert's summary. */
    static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Alerts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Alert> list(@Nullable Status status) {
        if (status == null) {
            return jdbc.sql("SELECT * FROM oversight_alerts ORDER BY raised_at DESC LIMIT 200").query(Alerts::alert).list();
        }
        return jdbc.sql("SELECT * FROM oversight_alerts WHERE status = :status ORDER BY raised_at DESC LIMIT 200")
                .param("status", status.name()).query(Alerts::alert).list();
    }

    public Optional<Alert> find(UUID id) {
        return jdbc.sql("SELECT * FROM oversight_alerts WHERE id = :id").param("id", id).query(Alerts::alert).optional();
    }

    /** An inspector takes an open alert. @return false when it is not open */
    @Transactional
    public boolean take(UUID id, Actor inspector) {
        var taken = jdbc.sql("UPDATE oversight_alerts SET status = 'INVESTIGATING', assigned_to = :who WHERE id = :id AND status = 'OPEN'")
                .param("who", inspector.username()).param("id", id).update() == 1;
        if (taken) audit.record(new AuditEntry(inspector.username(), "INSPECTOR", "oversight.alert.take", null, null,
                id.toString(), inspector.department()));
        return taken;
    }

    /** Closes an alert with what the investigation found. @return false when it is already closed */
    @Transactional
    public boolean close(UUID id, Actor inspector, String finding) {
        var closed = jdbc.sql("""
                        UPDATE oversight_alerts SET status = 'CLOSED', finding = :finding, closed_at = :at,
                               assigned_to = COALESCE(assigned_to, :who)
                        WHERE id = :id AND status <> 'CLOSED'""")
                .param("finding", cut(finding.strip(), 2000)).param("at", Timestamp.from(clock.instant()))
                .param("who", inspector.username()).param("id", id).update() == 1;
        if (closed) audit.record(new AuditEntry(inspector.username(), "INSPECTOR", "oversight.alert.close", null, null,
                id + ": " + cut(finding.strip(), 400), inspector.department()));
        return closed;
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        var evidence = rs.getString("evidence");
        var closedAt = rs.getTimestamp("closed_at");
        return new Alert(rs.getObject("id", UUID.class), rs.getString("rule"), rs.getString("alert_key"),
                rs.getTimestamp("window_start").toInstant(), List.of(rs.getString("summary").split(SEPARATOR, -1)),
                evidence.isEmpty() ? List.of() : Arrays.stream(evidence.split(",")).map(Long::valueOf).toList(),
                rs.getTimestamp("raised_at").toInstant(), Status.valueOf(rs.getString("status")),
                rs.getString("assigned_to"), rs.getString("finding"), closedAt == null ? null : closedAt.toInstant());
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
