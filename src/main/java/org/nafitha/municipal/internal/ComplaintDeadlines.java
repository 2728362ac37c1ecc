package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.municipal.ComplaintEscalated;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaints' deadlines, kept as the cases' service-level clock keeps theirs: every node looks
 * for open complaints past their deadline, each escalation is claimed by a conditional update, so of
 * several nodes exactly one escalates a complaint, and as the deadline lives in the database a
 * restart loses nothing. An escalation is written on the audit trail and published
 * ({@link ComplaintEscalated}) for the room's staff and the competent municipality's to be told.
 */
@Service
public class ComplaintDeadlines {

    private final JdbcClient jdbc;
    private final MunicipalStaff staff;
    private final StaffDirectory staffDirectory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintDeadlines(JdbcClient jdbc, MunicipalStaff staff, StaffDirectory staffDirectory, AuditTrail audit,
                       ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nafitha.municipal.check-complaints-every:1m}", initialDelayString = "25s")
    void onSchedule() {
        escalateOverdue();
    }

    /** Escalates what is overdue now; returns how many this node escalated. */
    public int escalateOverdue() {
        var now = clock.instant();
        int escalated = 0;
        for (var id : jdbc.sql("""
                        SELECT id FROM municipal_complaints WHERE status = 'OPEN' AND escalated_at IS NULL AND due_at < :now
                        ORDER BY due_at FETCH FIRST 200 ROWS ONLY""")
                .param("now", Timestamp.from(now)).query(UUID.class).list()) {
            if (Boolean.TRUE.equals(transaction.execute(s -> escalate(id, now)))) escalated++;
        }
        return escalated;
    }

    private boolean escalate(UUID id, Instant now) {
        var claimed = jdbc.sql("""
                        UPDATE municipal_complaints SET escalated_at = :now
                        WHERE id = :id AND status = 'OPEN' AND escalated_at IS NULL AND due_at < :now""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
        if (!claimed) return false;
        var c = jdbc.sql("SELECT * FROM municipal_complaints WHERE id = :id").param("id", id)
                .query((rs, n) -> Complaints.complaint(rs, List.of())).single();
        audit.record(new AuditEntry("SYSTEM", "SYSTEM", "municipal.complaint.escalate", c.complainant(), c.reference(),
                "due " + c.dueAt() + ", routed to " + c.routedTo(), null));
        var recipients = new LinkedHashSet<String>();
        staffDirectory.holding(Role.OPERATIONS_ROOM).forEach(m -> recipients.add(m.username()));
        if ("MUNICIPALITY".equals(c.routedKind())) recipients.addAll(staff.of(c.routedTo(), MunicipalStaff.Position.STAFF));
        events.publishEvent(new ComplaintEscalated(c.reference(), c.category(), c.municipality(), c.routedTo(),
                c.complainant(), c.dueAt(), now, List.copyOf(recipients)));
        return true;
    }
}
