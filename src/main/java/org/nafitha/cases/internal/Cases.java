package org.nafitha.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final String SUMMARY = "SELECT reference, service_code, status, applicant, submitted_at, updated_at FROM cases ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Case c, @Nullable UUID mandateId) {
        insert(c, mandateId, Channel.ONLINE, null, false);
    }

    /** With how it came in: the channel, who entered it for the applicant, and the women's section flag. */
    void insert(Case c, @Nullable UUID mandateId, Channel channel, @Nullable String enteredBy, boolean womenSection) {
        jdbc.sql("""
                        INSERT INTO cases (reference, service_code, service_version, department, applicant, submitted_by,
                                           status, answers, version, submitted_at, updated_at, mandate_id,
                                           channel, entered_by, women_section)
                        VALUES (:ref, :service, :sv, :dept, :applicant, :by, :status, :answers, 0, :at, :at, :mandate,
                                :channel, :enteredBy, :women)""")
                .param("mandate", mandateId)
                .param("channel", channel.name()).param("enteredBy", enteredBy).param("women", womenSection)
                .param("ref", c.reference().value()).param("service", c.serviceCode())
                .param("sv", c.serviceVersion()).param("dept", c.department()).param("applicant", c.applicant())
                .param("by", c.submittedBy()).param("status", c.status())
                .param("answers", json.writeValueAsString(c.answers()))
                .param("at", Timestamp.from(c.submittedAt()))
                .update();
    }

    public Optional<Case> find(CaseReference reference) {
        return findWithTimeline(reference).map(CaseFile::caseFile);
    }

    /** A case and its timeline, read with one query each: the timeline also gives four eyes its actors. */
    public record CaseFile(Case caseFile, List<TimelineEntry> timeline) {
    }

    private record Row(String serviceCode, int serviceVersion, String department, String applicant, String submittedBy,
                       String status, String answers, Instant submittedAt, int version) {
    }

    private record Step(TimelineEntry entry, String actor) {
    }

    public Optional<CaseFile> findWithTimeline(CaseReference reference) {
        return jdbc.sql("""
                        SELECT service_code, service_version, department, applicant, submitted_by, status,
                               answers, submitted_at, version
                        FROM cases WHERE reference = :ref""")
                .param("ref", reference.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getInt(9)))
                .optional()
                .map(row -> {
                    var steps = steps(reference);
                    var lastActors = new HashMap<String, String>();
                    steps.forEach(step -> lastActors.put(step.entry().action(), step.actor()));
                    var c = new Case(reference, row.serviceCode(), row.serviceVersion(), row.department(),
                            row.applicant(), row.submittedBy(), row.status(), json.readValue(row.answers(), ANSWERS),
                            row.submittedAt(), row.version(), lastActors);
                    return new CaseFile(c, steps.stream().map(Step::entry).toList());
                });
    }

    private List<Step> steps(CaseReference reference) {
        return jdbc.sql("""
                        SELECT at, action, to_status, actor_role, note, actor FROM case_timeline
                        WHERE case_reference = :ref ORDER BY id""")
                .param("ref", reference.value())
                .query((rs, n) -> new Step(new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6)))
                .list();
    }

    /** Optimistic lock: true only if nobody changed the case since it was read at {@code expectedVersion}. */
    boolean updateStatus(CaseReference reference, String status, int expectedVersion, Instant at) {
        return jdbc.sql("""
                        UPDATE cases SET status = :status, version = version + 1, updated_at = :at
                        WHERE reference = :ref AND version = :v""")
                .param("status", status).param("at", Timestamp.from(at))
                .param("ref", reference.value()).param("v", expectedVersion)
                .update() == 1;
    }

    void appendTimeline(CaseStatusChanged step, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_timeline (case_reference, at, action, from_status, to_status, actor, actor_role, note)
                        VALUES (:ref, :at, :action, :from, :to, :actor, :role, :note)""")
                .param("ref", step.reference().value()).param("at", Timestamp.from(at)).param("action", step.action())
                .param("from", step.from()).param("to", step.to()).param("actor", actor)
                .param("role", step.actorRole()).param("note", step.note())
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

    /** Oldest first: the fair default until assignment rules land. */
    public List<CaseSummary> queue(String department, Collection<String> statuses, int limit) {
        if (statuses.isEmpty()) return List.of();
        return jdbc.sql(SUMMARY + "WHERE department = :dept AND status IN (:statuses) ORDER BY submitted_at, reference LIMIT :limit")
                .param("dept", department).param("statuses", statuses).param("limit", limit)
                .query(Cases::summary).list();
    }

    void attach(CaseReference reference, String field, UUID documentId) {
        jdbc.sql("INSERT INTO case_documents (case_reference, field, document_id) VALUES (:ref, :field, :doc)")
                .param("ref", reference.value()).param("field", field).param("doc", documentId).update();
    }

    /** Field name → document IDs attached for it, in upload order. */
    public Map<String, List<UUID>> documents(CaseReference reference) {
        var result = new java.util.LinkedHashMap<String, List<UUID>>();
        jdbc.sql("SELECT field, document_id FROM case_documents WHERE case_reference = :ref ORDER BY attached_seq")
                .param("ref", reference.value())
                .query(rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return result;
    }

    long nextSequence() {
        return jdbc.sql("SELECT nextval('case_reference_seq')").query(Long.class).single();
    }

    private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
        return new CaseSummary(new CaseReference(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant());
    }

}
