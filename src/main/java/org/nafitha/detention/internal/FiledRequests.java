package org.nafitha.detention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.detention.Occasion;
import org.nafitha.detention.Relation;
import org.nafitha.detention.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A family's request filed: its number from the sequence, its row written once per idempotency key. */
@Repository
public class FiledRequests {

    private final JdbcClient jdbc;

    FiledRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a family asks; the document's bytes are kept with the request for staff to open. */
    public record NewRequest(String reference, UUID detainee, String facility, String requester, Relation relation,
                             RequestType type, @Nullable LocalDate visitOn, @Nullable String details,
                             @Nullable Occasion occasion, @Nullable Long amountMinor, @Nullable String documentName,
                             byte @Nullable [] document, String key, Instant at, boolean interpreter,
                             @Nullable String interpreterNote) {
    }

    /**
     * False when the requester already used this idempotency key: the unique constraint settles a
     * double submission, so the second caller reads back the first one's request.
     */
    public boolean insert(NewRequest r) {
        return jdbc.sql("""
                        INSERT INTO detention_requests (id, reference, detainee_id, facility, requester, relation, type,
                            status, visit_on, details, occasion, amount_minor, document_name, document, idempotency_key,
                            created_at, version, interpreter_asked, interpreter_note)
                        VALUES (:id, :reference, :detainee, :facility, :requester, :relation, :type, 'SUBMITTED',
                            :visitOn, :details, :occasion, :amount, :documentName, :document, :key, :at, 0,
                            :interpreter, :interpreterNote)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("reference", r.reference()).param("detainee", r.detainee())
                .param("facility", r.facility()).param("requester", r.requester()).param("relation", r.relation().name())
                .param("type", r.type().name()).param("visitOn", r.visitOn()).param("details", r.details())
                .param("occasion", r.occasion() == null ? null : r.occasion().name()).param("amount", r.amountMinor())
                .param("documentName", r.documentName()).param("document", r.document()).param("key", r.key())
                .param("at", Timestamp.from(r.at())).param("interpreter", r.interpreter())
                .param("interpreterNote", r.interpreterNote()).update() == 1;
    }

    public long nextNumber() {
        return jdbc.sql("SELECT nextval('detention_request_seq')").query(Long.class).single();
    }
}
