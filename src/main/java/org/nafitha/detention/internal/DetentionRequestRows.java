package org.nafitha.detention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.Relation;
import org.nafitha.detention.RequestStatus;
import org.nafitha.detention.RequestType;

/** A row of {@code detention_requests} read back as a request: the columns selected and their mapping. */
final class DetentionRequestRows {

    static final String COLUMNS = """
            id, reference, detainee_id, facility, requester, relation, type, status, visit_on, details, occasion,
            amount_minor, document_name, proposed_by, proposed_reason, decided_by, decided_reason, created_at, version,
            credited_at, visit_at, visit_minutes, interpreter_asked, interpreter_note""";

    private DetentionRequestRows() {
    }

    static DetentionRequest request(ResultSet rs, int n) throws SQLException {
        var amount = rs.getObject("amount_minor", Long.class);
        var occasion = rs.getString("occasion");
        return new DetentionRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("detainee_id", UUID.class), rs.getString("facility"), rs.getString("requester"),
                Relation.valueOf(rs.getString("relation")), RequestType.valueOf(rs.getString("type")),
                RequestStatus.valueOf(rs.getString("status")), rs.getObject("visit_on", LocalDate.class),
                rs.getString("details"), occasion == null ? null : Occasion.valueOf(occasion), amount,
                rs.getString("document_name"), rs.getString("proposed_by"), rs.getString("proposed_reason"),
                rs.getString("decided_by"), rs.getString("decided_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"),
                instant(rs.getTimestamp("credited_at")), instant(rs.getTimestamp("visit_at")),
                rs.getObject("visit_minutes", Integer.class), rs.getBoolean("interpreter_asked"),
                rs.getString("interpreter_note"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
