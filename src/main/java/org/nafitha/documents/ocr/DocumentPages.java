package org.nafitha.documents.ocr;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored text of documents' pages, and whether it could be read. */
@Repository
public class DocumentPages {

    public enum Status { READ, UNAVAILABLE, NOT_APPLICABLE, UNREADABLE }

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentPages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces what an earlier (retried) attempt stored, so a page is never stored twice. */
    @Transactional
    public void replace(UUID documentId, List<ReadPage> pages) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM document_pages WHERE document_id = :id").param("id", documentId).update();
        for (var page : pages) {
            jdbc.sql("""
                            INSERT INTO document_pages (document_id, page_no, text, ocr_engine, confidence, read_at)
                            VALUES (:id, :no, :text, :engine, :confidence, :at)""")
                    .param("id", documentId).param("no", page.pageNo()).param("text", page.text())
                    .param("engine", page.engine()).param("confidence", page.confidence()).param("at", now)
                    .update();
        }
        status(documentId, Status.READ, pages.size());
    }

    @Transactional
    public void status(UUID documentId, Status status, int pages) {
        jdbc.sql("DELETE FROM document_text_status WHERE document_id = :id").param("id", documentId).update();
        jdbc.sql("""
                        INSERT INTO document_text_status (document_id, status, pages, finished_at)
                        VALUES (:id, :status, :pages, :at)""")
                .param("id", documentId).param("status", status.name()).param("pages", pages)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    public Optional<Status> status(UUID documentId) {
        return jdbc.sql("SELECT status FROM document_text_status WHERE document_id = :id").param("id", documentId)
                .query(String.class).optional().map(Status::valueOf);
    }

    public List<ReadPage> of(UUID documentId) {
        return jdbc.sql("""
                        SELECT page_no, text, ocr_engine, confidence FROM document_pages
                        WHERE document_id = :id ORDER BY page_no""")
                .param("id", documentId)
                .query((rs, n) -> new ReadPage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getFloat(4)))
                .list();
    }
}
