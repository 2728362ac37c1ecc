package org.nafitha.municipal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Household assessments and displacement reports: drafts, filed records, and the members filed with them. */
@Repository
public class Assessments {

    public enum Status { DRAFT, FILED }

    public record Assessment(UUID id, String municipality, String formId, int formVersion, Status status,
                             Answers answers, String createdBy, Instant updatedAt, @Nullable Instant filedAt) {
    }

    /** A member of a filed assessment and the beneficiary record it became (or already was: {@code existing}). */
    public record FiledMember(int number, UUID beneficiary, boolean existing) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "id, municipality, form_id, form_version, status, answers, created_by, updated_at, filed_at";

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with a duplicate key when the author already used the key. */
    void insert(Assessment a, @Nullable String idempotencyKey) {
        jdbc.sql("""
                        INSERT INTO municipal_assessments (id, municipality, form_id, form_version, status, answers,
                            created_by, idempotency_key, created_at, updated_at)
                        VALUES (:id, :m, :form, :version, :status, :answers, :by, :key, :at, :at)""")
                .param("id", a.id()).param("m", a.municipality()).param("form", a.formId())
                .param("version", a.formVersion()).param("status", a.status().name())
                .param("answers", JSON.writeValueAsString(a.answers())).param("by", a.createdBy())
                .param("key", idempotencyKey).param("at", Timestamp.from(a.updatedAt())).update();
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM municipal_assessments WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    Optional<UUID> byIdempotencyKey(String author, String key) {
        return jdbc.sql("SELECT id FROM municipal_assessments WHERE created_by = :by AND idempotency_key = :key")
                .param("by", author).param("key", key).query(UUID.class).optional();
    }

    /** Keeps a draft's answers as typed; a filed record is never changed (0 rows). */
    int saveDraft(UUID id, Answers answers, Instant at) {
        return jdbc.sql("""
                        UPDATE municipal_assessments SET answers = :answers, updated_at = :at
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("answers", JSON.writeValueAsString(answers)).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    /** Files a draft with its checked answers: 1 for the one request that filed it, 0 when it was filed already. */
    int markFiled(UUID id, Answers answers, Instant at) {
        return jdbc.sql("""
                        UPDATE municipal_assessments SET answers = :answers, status = 'FILED', updated_at = :at, filed_at = :at
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("answers", JSON.writeValueAsString(answers)).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    void insertMember(UUID assessment, FiledMember member) {
        jdbc.sql("""
                        INSERT INTO municipal_assessment_members (assessment_id, member_no, beneficiary_id, existing)
                        VALUES (:a, :n, :b, :e)""")
                .param("a", assessment).param("n", member.number()).param("b", member.beneficiary())
                .param("e", member.existing()).update();
    }

    public List<FiledMember> members(UUID assessment) {
        return jdbc.sql("""
                        SELECT member_no, beneficiary_id, existing FROM municipal_assessment_members
                        WHERE assessment_id = :a ORDER BY member_no""")
                .param("a", assessment)
                .query((rs, n) -> new FiledMember(rs.getInt(1), rs.getObject(2, UUID.class), rs.getBoolean(3))).list();
    }

    public List<Assessment> draftsOf(String author, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM municipal_assessments WHERE created_by = :by AND status = 'DRAFT'
                        ORDER BY updated_at DESC, id FETCH FIRST :limit ROWS ONLY""")
                .param("by", author).param("limit", limit).query((rs, n) -> row(rs)).list();
    }

    public List<Assessment> filedIn(String municipality, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM municipal_assessments WHERE municipality = :m AND status = 'FILED'
                        ORDER BY filed_at DESC, id FETCH FIRST :limit ROWS ONLY""")
                .param("m", municipality).param("limit", limit).query((rs, n) -> row(rs)).list();
    }

    private static Assessment row(ResultSet rs) throws SQLException {
        var filed = rs.getTimestamp("filed_at");
        return new Assessment(rs.getObject("id", UUID.class), rs.getString("municipality"), rs.getString("form_id"),
                rs.getInt("form_version"), Status.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("answers"), Answers.class), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), filed == null ? null : filed.toInstant());
    }
}
