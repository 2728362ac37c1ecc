package org.nafitha.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hotline's reads and writes: a case as an agent may tell it, and the calls logged on it as internal notes. */
@Repository
class CallCentreRows {

    private final JdbcClient jdbc;

    CallCentreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String serviceCode, String department, String status, String channel, Instant submittedAt,
                       Instant updatedAt, @Nullable Instant dueAt, @Nullable String assignee, String applicant) {
    }

    Optional<Row> find(CaseReference reference) {
        return jdbc.sql("""
                        SELECT service_code, department, status, channel, submitted_at, updated_at, due_at, assignee, applicant
                        FROM cases WHERE reference = :ref""")
                .param("ref", reference.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
                        rs.getString(9)))
                .optional();
    }

    Optional<String> applicant(CaseReference reference) {
        return jdbc.sql("SELECT applicant FROM cases WHERE reference = :ref").param("ref", reference.value())
                .query(String.class).optional();
    }

    /** The call as an internal note of the agent on the case. */
    void addCall(CaseReference reference, String agent, String body, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_notes (case_reference, author, author_role, internal, body, at)
                        VALUES (:ref, :author, :role, TRUE, :body, :at)""")
                .param("ref", reference.value()).param("author", agent).param("role", Role.AGENT.name())
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<CallCentre.CallNote> calls(CaseReference reference) {
        return jdbc.sql("""
                        SELECT author, body, at FROM case_notes
                        WHERE case_reference = :ref AND author_role = 'AGENT' AND internal = TRUE ORDER BY id""")
                .param("ref", reference.value())
                .query((rs, n) -> new CallCentre.CallNote(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
