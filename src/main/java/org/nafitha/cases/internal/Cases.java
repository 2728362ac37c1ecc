package org.nafitha.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.cases.Channel;
import org.nafitha.cases.CaseStatusChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** All cases, their timelines and attached documents. */
@Repository
public class Cases {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };
    static final String SUMMARY = """
            SELECT reference, service_code, status, applicant, submitted_at, updated_at, assignee, urgent_reason,
                   due_at, escalated_at, women_section, channel FROM cases\s""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes an opening case in one INSERT: how it came in (the channel, who entered it for the
     * applicant, the women's section flag), its clock started at submission with its due time, and
     * who holds it when one was drawn.
     */
    void open(Case c, @Nullable UUID mandateId, Channel channel, @Nullable String enteredBy, boolean womenSection,
              @Nullable Instant dueAt, @Nullable String assignee) {
        jdbc.sql("""
                        INSERT INTO cases (reference, service_code, service_version, department, applicant, submitted_by,
                                           status, answers, version, submitted_at, updated_at, mandate_id,
                                           channel, entered_by, women_section, state_since, due_at, assignee)
                        VALUES (:ref, :service, :sv, :dept, :applicant, :by, :status, :answers, 0, :at, :at, :mandate,
                                :channel, :enteredBy, :women, :at, :due, :assignee)""")
                .param("mandate", mandateId)
                .param("channel", channel.name()).param("enteredBy", enteredBy).param("women", womenSection)
                .param("ref", c.reference().value()).param("service", c.serviceCode())
                .param("sv", c.serviceVersion()).param("dept", c.department()).param("applicant", c.applicant())
                .param("by", c.submittedBy()).param("status", c.status())
                .param("answers", json.writeValueAsString(c.answers()))
                .param("at", Timestamp.from(c.submittedAt()))
                .param("due", dueAt == null ? null : Timestamp.from(dueAt))
                .param("assignee", assignee)
                .update();
    }

    public Optional<Case> find(CaseReference reference) {
        return findWithTimeline(reference).map(CaseFile::caseFile);
    }

    /** A case and its timeline, read with one query each: the timeline also gives four eyes its actors. */
    public record CaseFile(Case caseFile, List<TimelineEntry> timeline) {
    }

    private record Row(String serviceCode, int serviceVersion, String department, String applicant, String submittedBy,
                       String status, String answers, Instant submittedAt, int version, Case.Engine engine) {
    }

    private record Step(TimelineEntry entry, String actor) {
    }

    /** Where a case stands, from its row alone: what a status poll needs and nothing more. */
    public record Standing(CaseReference reference, String serviceCode, String applicant, String status, int version,
                           Instant updatedAt) {
    }

    /** One indexed read (the primary key), no timeline, no answers parsed. */
    public Optional<Standing> standing(CaseReference reference) {
        return jdbc.sql("SELECT service_code, applicant, status, version, updated_at FROM cases WHERE reference = :ref")
                .param("ref", reference.value())
                .query((rs, n) -> new Standing(reference, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** The case's row and its timeline in one query (the row repeated beside each step, in order). */
    public Optional<CaseFile> findWithTimeline(CaseReference reference) {
        var rows = new ArrayList<Row>(1);
        var steps = new ArrayList<Step>();
        jdbc.sql("""
                        SELECT c.service_code, c.service_version, c.department, c.applicant, c.submitted_by, c.status,
                               c.answers, c.submitted_at, c.version, c.assignee, c.urgent_reason, c.women_section,
                               c.appeal_of, c.channel, c.entered_by, c.due_at, c.paused_remaining, c.escalated_at,
                               t.at, t.action, t.to_status, t.actor_role, t.note, t.actor, t.reason_code
                        FROM cases c LEFT JOIN case_timeline t ON t.case_reference = c.reference
                        WHERE c.reference = :ref ORDER BY t.id""")
                .param("ref", reference.value())
                .query(rs -> {
                    if (rows.isEmpty()) {
                        rows.add(new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                                rs.getInt(9), new Case.Engine(rs.getString(10), rs.getString(11), rs.getBoolean(12),
                                rs.getString(13) == null ? null : new CaseReference(rs.getString(13)), Set.of(),
                                rs.getString(14), rs.getString(15), instant(rs.getTimestamp(16)),
                                (Long) rs.getObject(17, Long.class), instant(rs.getTimestamp(18)))));
                    }
                    if (rs.getString(20) != null) {
                        steps.add(new Step(new TimelineEntry(rs.getTimestamp(19).toInstant(), rs.getString(20),
                                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(25)), rs.getString(24)));
                    }
                });
        if (rows.isEmpty()) return Optional.empty();
        var row = rows.getFirst();
        var lastActors = new HashMap<String, String>();
        steps.forEach(step -> lastActors.put(step.entry().action(), step.actor()));
        var engine = row.engine();
        if (engine.appealOf() != null) {
            engine = new Case.Engine(engine.assignee(), engine.urgentReason(), engine.womenSection(),
                    engine.appealOf(), decisionMakers(engine.appealOf()), engine.channel(),
                    engine.enteredBy(), engine.dueAt(), engine.pausedSeconds(), engine.escalatedAt());
        }
        var c = new Case(reference, row.serviceCode(), row.serviceVersion(), row.department(),
                row.applicant(), row.submittedBy(), row.status(), json.readValue(row.answers(), ANSWERS),
                row.submittedAt(), row.version(), lastActors, engine);
        return Optional.of(new CaseFile(c, steps.stream().map(Step::entry).toList()));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Staff who took a step on the case: an appeal of it goes to others. */
    Set<String> decisionMakers(CaseReference reference) {
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT actor FROM case_timeline WHERE case_reference = :ref
                        AND actor_role NOT IN ('APPLICANT', 'REPRESENTATIVE', 'SYSTEM', 'RECEPTION')""")
                .param("ref", reference.value()).query(String.class).list());
    }

    private List<Step> steps(CaseReference reference) {
        return jdbc.sql("""
                        SELECT at, action, to_status, actor_role, note, actor, reason_code FROM case_timeline
                        WHERE case_reference = :ref ORDER BY id""")
                .param("ref", reference.value())
                .query((rs, n) -> new Step(new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(7)), rs.getString(6)))
                .list();
    }

    /**
     * Optimistic lock: true only if nobody changed the case since it was read at {@code expectedVersion}.
     * The state's clock restarts with it: {@code dueAt} when it runs, {@code pausedSeconds} while it waits.
     */
    boolean updateStatus(CaseReference reference, String status, int expectedVersion, Instant at,
                         @Nullable Instant dueAt, @Nullable Long pausedSeconds, @Nullable String assignee) {
        return jdbc.sql("""
                        UPDATE cases SET status = :status, version = version + 1, updated_at = :at, state_since = :at,
                               due_at = :due, paused_remaining = :paused, escalated_at = NULL, assignee = :assignee
                        WHERE reference = :ref AND version = :v""")
                .param("status", status).param("at", Timestamp.from(at)).param("assignee", assignee)
                .param("due", dueAt == null ? null : Timestamp.from(dueAt)).param("paused", pausedSeconds)
                .param("ref", reference.value()).param("v", expectedVersion)
                .update() == 1;
    }

    /** Cases still waiting for their fee that were opened before {@code before}, the oldest first. */
    List<CaseReference> awaitingPaymentSince(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT reference FROM cases WHERE status = 'AWAITING_PAYMENT' AND submitted_at < :before
                        ORDER BY submitted_at LIMIT :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new CaseReference(rs.getString(1))).list();
    }

    /** A head gives the case to someone else, if it is unchanged since they saw it (and counts as a change). */
    boolean assign(CaseReference reference, @Nullable String assignee, int expectedVersion, Instant at) {
        return jdbc.sql("""
                        UPDATE cases SET assignee = :a, version = version + 1, updated_at = :at
                        WHERE reference = :ref AND version = :v""")
                .param("a", assignee).param("at", Timestamp.from(at)).param("ref", reference.value())
                .param("v", expectedVersion).update() == 1;
    }

    void linkAppeal(CaseReference appeal, CaseReference refused, boolean womenSection) {
        jdbc.sql("UPDATE cases SET appeal_of = :of, women_section = :w WHERE reference = :ref")
                .param("of", refused.value()).param("w", womenSection).param("ref", appeal.value()).update();
    }

    public Optional<CaseReference> appealFiledFor(CaseReference refused) {
        return jdbc.sql("SELECT reference FROM cases WHERE appeal_of = :ref").param("ref", refused.value())
                .query((rs, n) -> new CaseReference(rs.getString(1))).optional();
    }

    boolean markUrgent(CaseReference reference, String reason, String by, Instant at, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE cases SET urgent_reason = :reason, urgent_by = :by, urgent_at = :at,
                               version = version + 1, updated_at = :at
                        WHERE reference = :ref AND version = :v""")
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("ref", reference.value()).param("v", expectedVersion).update() == 1;
    }

    /** Cases whose state's time ran out and that nobody escalated yet, oldest deadline first. */
    List<CaseReference> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT reference FROM cases WHERE due_at < :now AND escalated_at IS NULL
                        ORDER BY due_at LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new CaseReference(rs.getString(1))).list();
    }

    /**
     * Claims the escalation of an overdue case: of several nodes trying at once, the row lock lets
     * exactly one see its update count as 1.
     */
    boolean claimEscalation(CaseReference reference, Instant now) {
        return jdbc.sql("""
                        UPDATE cases SET escalated_at = :now
                        WHERE reference = :ref AND escalated_at IS NULL AND due_at < :now""")
                .param("now", Timestamp.from(now)).param("ref", reference.value()).update() == 1;
    }

    void appendTimeline(CaseStatusChanged step, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_timeline (case_reference, at, action, from_status, to_status, actor, actor_role,
                                                   note, reason_code)
                        VALUES (:ref, :at, :action, :from, :to, :actor, :role, :note, :code)""")
                .param("ref", step.reference().value()).param("at", Timestamp.from(at)).param("action", step.action())
                .param("from", step.from()).param("to", step.to()).param("actor", actor)
                .param("role", step.actorRole()).param("note", step.note()).param("code", step.reasonCode())
                .update();
    }

    public List<TimelineEntry> timeline(CaseReference reference) {
        return steps(reference).stream().map(Step::entry).toList();
    }

    public List<CaseSummary> forApplicant(String nationalId, String username) {
        return jdbc.sql(SUMMARY + "WHERE applicant = :nid OR submitted_by = :u ORDER BY submitted_at DESC, reference DESC")
                .param("nid", nationalId).param("u", username)
                .query(Cases::summary).list();
    }

    void attach(CaseReference reference, String field, UUID documentId) {
        jdbc.sql("INSERT INTO case_documents (case_reference, field, document_id) VALUES (:ref, :field, :doc)")
                .param("ref", reference.value()).param("field", field).param("doc", documentId).update();
    }

    /** Field name → document IDs attached for it, in upload order. */
    public Map<String, List<UUID>> documents(CaseReference reference) {
        var result = new LinkedHashMap<String, List<UUID>>();
        jdbc.sql("SELECT field, document_id FROM case_documents WHERE case_reference = :ref ORDER BY attached_seq")
                .param("ref", reference.value())
                .query(rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return result;
    }

    long nextSequence() {
        return jdbc.sql("SELECT nextval('case_reference_seq')").query(Long.class).single();
    }

    static CaseSummary summary(ResultSet rs, int n) throws SQLException {
        return new CaseSummary(new CaseReference(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getBoolean(11), rs.getString(12));
    }

}
