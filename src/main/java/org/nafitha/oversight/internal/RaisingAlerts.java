package org.nafitha.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anomaly rules' findings become {@link Alerts}: one per rule, key and week whichever node evaluated
 * it, its figures and evidence brought up to date while it is open; each new one in the audit log.
 */
@Repository
class RaisingAlerts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RaisingAlerts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many alerts were new */
    @Transactional
    int raise(List<Finding> findings, Instant windowStart) {
        int raised = 0;
        for (var finding : findings) {
            var evidence = String.join(",", finding.evidence().stream().limit(400).map(String::valueOf).toList());
            var summary = String.join(Alerts.SEPARATOR, finding.figures());
            var updated = jdbc.sql("""
                            UPDATE oversight_alerts SET summary = :summary, evidence = :evidence
                            WHERE rule = :rule AND alert_key = :key AND window_start = :week AND status = 'OPEN'""")
                    .param("summary", Alerts.cut(summary, 500)).param("evidence", Alerts.cut(evidence, 4000))
                    .param("rule", finding.rule().name()).param("key", Alerts.cut(finding.key(), 200))
                    .param("week", Timestamp.from(windowStart)).update();
            if (updated > 0) continue;
            // ON CONFLICT rather than catching the duplicate: on PostgreSQL a failed insert aborts the
            // transaction, and two nodes may evaluate the same week at once. A closed alert stays closed.
            var inserted = jdbc.sql("""
                            INSERT INTO oversight_alerts (id, rule, alert_key, window_start, summary, evidence, raised_at, status)
                            VALUES (:id, :rule, :key, :week, :summary, :evidence, :at, 'OPEN')
                            ON CONFLICT DO NOTHING""")
                    .param("id", UUID.randomUUID()).param("rule", finding.rule().name())
                    .param("key", Alerts.cut(finding.key(), 200)).param("week", Timestamp.from(windowStart))
                    .param("summary", Alerts.cut(summary, 500)).param("evidence", Alerts.cut(evidence, 4000))
                    .param("at", Timestamp.from(clock.instant())).update();
            if (inserted == 0) continue;
            audit.record(new AuditEntry("anomaly-rules", "SYSTEM", "oversight.alert.raise", null, null,
                    finding.rule().name() + " " + finding.key(), "oversight"));
            raised++;
        }
        return raised;
    }
}
