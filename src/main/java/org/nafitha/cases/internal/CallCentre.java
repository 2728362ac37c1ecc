package org.nafitha.cases.internal;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Catalogue catalogue;
    private final ReceptionDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    CallCentre(JdbcClient jdbc, Cases cases, Catalogue catalogue, ReceptionDesk desk, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
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
        var found = jdbc.sql("""
                        SELECT service_code, department, status, channel, submitted_at, updated_at, due_at, assignee, applicant
                        FROM cases WHERE reference = :ref""")
                .param("ref", reference.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getString(9)))
                .optional();
        audit.record(new AuditEntry(agent.username(), Role.AGENT.name(), "case.read",
                found.map(Row::applicant).orElse(null), reference.value(),
                found.isPresent() ? reason.strip() : reason.strip() + " (no such case)"));
        return found.map(row -> new Whereabouts(reference, row.serviceCode(), row.applicant(), row.department(),
                row.status(), row.channel(), row.submittedAt(), row.updatedAt(), row.dueAt(),
                nextRoles(row.serviceCode(), row.status()), row.assignee(), cases.timeline(reference), calls(reference)));
    }

    private record Row(String serviceCode, String department, String status, String channel, Instant submittedAt,
                       Instant updatedAt, @Nullable Instant dueAt, @Nullable String assignee, String applicant) {
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
        var applicant = jdbc.sql("SELECT applicant FROM cases WHERE reference = :ref").param("ref", reference.value())
                .query(String.class).optional();
        if (applicant.isEmpty()) return false;
        var body = note.strip();
        jdbc.sql("""
                        INSERT INTO case_notes (case_reference, author, author_role, internal, body, at)
                        VALUES (:ref, :author, :role, TRUE, :body, :at)""")
                .param("ref", reference.value()).param("author", agent.username()).param("role", Role.AGENT.name())
                .param("body", body.length() > NOTE_LENGTH ? body.substring(0, NOTE_LENGTH) : body)
                .param("at", Timestamp.from(clock.instant()))
                .update();
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

    private List<CallNote> calls(CaseReference reference) {
        return jdbc.sql("""
                        SELECT author, body, at FROM case_notes
                        WHERE case_reference = :ref AND author_role = 'AGENT' AND internal = TRUE ORDER BY id""")
                .param("ref", reference.value())
                .query((rs, n) -> new CallNote(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static void requireAgent(Actor agent, String reason) {
        if (!agent.has(Role.AGENT)) throw new IllegalStateException("only call-centre agents use the hotline desk");
        if (reason.isBlank()) throw new IllegalArgumentException("a reason is required for every look-up");
    }
}
