package org.nafitha.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@link Documents}: a stored document with its filing, found by its id, and deleted with its read text. */
@Component
class DocumentRows {

    private final JdbcClient jdbc;

    DocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredDocument document, Upload upload, Instant at) {
        var filing = upload.filing();
        jdbc.sql("""
                        INSERT INTO documents (id, kind, sha256, media_type, size_bytes, filename, owner, uploaded_by, uploaded_at,
                                               department, classification, document_date, reference, title, source)
                        VALUES (:id, :kind, :sha, :type, :size, :name, :owner, :by, :at,
                                :department, :classification, :date, :reference, :title, :source)""")
                .param("id", document.id()).param("kind", document.kind()).param("sha", document.sha256())
                .param("type", document.mediaType()).param("size", document.size()).param("name", document.filename())
                .param("owner", document.owner()).param("by", upload.uploadedBy())
                .param("at", Timestamp.from(at))
                .param("department", filing.department()).param("classification", filing.classification().name())
                .param("date", filing.date()).param("reference", filing.reference()).param("title", filing.title())
                .param("source", filing.source().name())
                .update();
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("SELECT id, kind, sha256, media_type, size_bytes, filename, owner FROM documents WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredDocument(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** @return false when the document was deleted already (its pages and text status then left as they are) */
    boolean delete(UUID id) {
        if (jdbc.sql("DELETE FROM documents WHERE id = :id").param("id", id).update() == 0) return false;
        jdbc.sql("DELETE FROM document_pages WHERE document_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM document_text_status WHERE document_id = :id").param("id", id).update();
        return true;
    }
}
