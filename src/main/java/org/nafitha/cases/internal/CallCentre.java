package org.nafitha.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.NationalId;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free hotline: an agent tells a caller where their case is and who must act next, and logs
 * the call as an internal note. Every look-up needs a reason, which goes into the audit trail;
 * agents never see documents' contents and never change a case.
 */
@Service
public class CallCentre {

    /** Longest call note kept. */
    public static final int NOTE_LENGTH = 1000;

    private final CallCentreRows rows;
    private final Cases cases;
    private final Catalogue catalogue;
    private final ReceptionDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    CallCentre(CallCentreRows rows, Cases cases, Catalogue catalogue, ReceptionDesk desk, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.catalogue = catalogue;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where a case stands, as an agent may tell the caller.
     *
     * @param nextRoles the roles that can move the case from its current state (none when decided)
     * @param assignee  the member of staff holding it, when assigned
     */
    public record Whereabouts(CaseReference reference, String serviceCode, String applicant, String department,
                              String status,
                              String channel, Instant submittedAt, Instant updatedAt, @Nullable Instant dueAt,
                              List<String> nextRoles, @Nullable String assignee, List<TimelineEntry> timeline,
                              List<CallNote> calls) {
    }

    public record CallNote(String author, String body, Instant at) {
    }

    /** The case, audited as a read of the applicant's case with the agent's reason; empty when unknown. */
    @Transactional
    public Optional<Whereabouts> lookUp(CaseReference reference, String reason, Actor agent) {
        requireAgent(agent, reason);
        var found = rows.find(reference);
        audit.record(new AuditEntry(agent.username(), Role.AGENT.name(), "case.read",
                found.map(CallCentreRows.Row::applicant).orElse(null), reference.value(),
                found.isPresent() ? reason.strip() : reason.strip() + " (no such case)"));
        return found.map(row -> new Whereabouts(reference, row.serviceCode(), row.applicant(), row.department(),
                row.status(), row.channel(), row.submittedAt(), row.updatedAt(), row.dueAt(),
                nextRoles(row.serviceCode(), row.status()), row.assignee(), cases.timeline(reference), rows.calls(reference)));
    }

    /** A caller's cases by their national ID, audited as a look-up of that person with the reason. */
    @Transactional
    public List<CaseSummary> casesOf(NationalId person, String reason, Actor agent) {
        requireAgent(agent, reason);
        audit.record(new AuditEntry(agent.username(), Role.AGENT.name(), "person.lookup", person.value(), null,
                reason.strip()));
        return desk.casesOf(person);
    }

    /** Logs the call on the case as an internal note (staff only); the case itself is not changed. */
    @Transactional
    public boolean logCall(CaseReference reference, String note, Actor agent) {
        requireAgent(agent, note);
        var applicant = rows.applicant(reference);
        if (applicant.isEmpty()) return false;
        var body = note.strip();
        rows.addCall(reference, agent.username(), body.length() > NOTE_LENGTH ? body.substring(0, NOTE_LENGTH) : body,
                clock.instant());
        audit.record(new AuditEntry(agent.username(), Role.AGENT.name(), "case.call-logged", applicant.get(),
                reference.value(), null));
        return true;
    }

    /** Who can take the case further from where it is: the roles of the transitions out of its state. */
    private List<String> nextRoles(String serviceCode, String status) {
        var roles = new LinkedHashSet<String>();
        catalogue.find(serviceCode).ifPresent(s -> s.workflow().transitions().stream()
                .filter(t -> t.from().equals(status)).forEach(t -> roles.addAll(t.roles())));
        return List.copyOf(roles);
    }

    private static void requireAgent(Actor agent, String reason) {
        if (!agent.has(Role.AGENT)) throw new IllegalStateException("only call-centre agents use the hotline desk");
        if (reason.isBlank()) throw new IllegalArgumentException("a reason is required for every look-up");
    }
}
