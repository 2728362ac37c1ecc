package org.nafitha.cases.internal;

import java.time.Clock;
import java.time.Instant;

import org.nafitha.cases.CaseEscalated;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.identity.Role;
import org.nafitha.identity.StaffDirectory;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-level clock. Every node looks for cases whose state's time ran out; each escalation
 * is claimed with a conditional update, so of several nodes exactly one escalates a case, and as
 * the deadline lives in the database a restart loses nothing. An escalation is written on the
 * timeline and the audit trail and told to the department's heads ({@link CaseEscalated}).
 */
@Service
public class ServiceLevelClock {

    private final Cases cases;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    ServiceLevelClock(Cases cases, StaffDirectory staff, AuditTrail audit, ApplicationEventPublisher events,
                      Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${nafitha.cases.check-deadlines-every:1m}", initialDelayString = "20s")
    void onSchedule() {
        escalateOverdue();
    }

    /** Escalates what is overdue now; returns how many this node escalated. */
    public int escalateOverdue() {
        var now = clock.instant();
        int escalated = 0;
        for (var reference : cases.overdue(now, 200)) {
            if (Boolean.TRUE.equals(tx.execute(s -> escalate(reference, now)))) escalated++;
        }
        return escalated;
    }

    private boolean escalate(CaseReference reference, Instant now) {
        if (!cases.claimEscalation(reference, now)) return false;
        var c = cases.find(reference).orElseThrow();
        var heads = staff.holding(c.department(), Role.HEAD, false).stream().map(StaffDirectory.Member::username).toList();
        var dueAt = c.engine().dueAt();
        cases.appendTimeline(new CaseStatusChanged(reference, c.serviceCode(), c.applicant(), "escalate", c.status(),
                c.status(), "SYSTEM", null, now), Assigning.SYSTEM, now);
        audit.record(new AuditEntry(Assigning.SYSTEM, "SYSTEM", "case.escalate", c.applicant(), reference.value(),
                "due " + dueAt + (c.assignee() == null ? "" : ", held by " + c.assignee()), c.department()));
        events.publishEvent(new CaseEscalated(reference, c.serviceCode(), c.department(), c.status(), c.assignee(),
                heads, dueAt == null ? now : dueAt, now));
        return true;
    }
}
