package org.nafitha.documents.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.time.LocalDate;

/** The archive as the database holds it — filing, person and pages' text — read for the index. */
@Repository
public class ArchiveRecords {

    private static final String SELECT = """
            SELECT d.id, d.kind, d.department, d.classification, d.document_date, d.uploaded_at, d.reference,
                   d.title, d.owner, p.text
            FROM documents d LEFT JOIN document_pages p ON p.document_id = d.id\s""";

    private final JdbcClient jdbc;

    ArchiveRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ArchiveEntry> entry(UUID id) {
        var found = new Holder();
        jdbc.sql(SELECT + "WHERE d.id = :id ORDER BY p.page_no").param("id", id)
                .query(rs -> { found.add(rs); });
        return Optional.ofNullable(found.entry());
    }

    /** Every document, one at a time in id order, its pages joined: memory holds one document. */
    public void each(Consumer<ArchiveEntry> sink) {
        var current = new Holder();
        jdbc.sql(SELECT + "ORDER BY d.id, p.page_no").query(rs -> {
            var id = rs.getObject(1, UUID.class);
            if (current.id != null && !current.id.equals(id)) {
                sink.accept(current.entry());
                current.reset();
            }
            current.add(rs);
        });
        if (current.id != null) sink.accept(current.entry());
    }

    /** The filing fields the viewer checks clearance against, without the pages. */
    public record Filed(UUID id, String kind, Classification classification, @Nullable String department,
                        @Nullable String title, @Nullable String reference, String person, String mediaType) {
    }

    public Optional<Filed> filed(UUID id) {
        return jdbc.sql("""
                        SELECT id, kind, classification, department, title, reference, owner, media_type
                        FROM documents WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Filed(rs.getObject(1, UUID.class), rs.getString(2),
                        Classification.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional();
    }

    /** Rows of one document, pages in order, folded into one entry. */
    private static final class Holder {
        @Nullable UUID id;
        @Nullable ArchiveEntry first;
        final StringBuilder text = new StringBuilder();

        void add(ResultSet rs) throws SQLException {
            if (id == null) {
                id = rs.getObject(1, UUID.class);
                var date = rs.getObject(5, LocalDate.class);
                var year = date != null ? date.getYear()
                        : rs.getTimestamp(6).toInstant().atOffset(ZoneOffset.UTC).getYear();
                first = new ArchiveEntry(id, rs.getString(2), rs.getString(3),
                        Classification.valueOf(rs.getString(4)), year, rs.getString(7), rs.getString(8),
                        rs.getString(9), "");
            }
            var page = rs.getString(10);
            if (page != null) {
                if (!text.isEmpty()) text.append("\n\n");
                text.append(page);
            }
        }

        @Nullable ArchiveEntry entry() {
            if (first == null) return null;
            return new ArchiveEntry(first.id(), first.kind(), first.department(), first.classification(), first.year(),
                    first.reference(), first.title(), first.person(), text.toString());
        }

        void reset() {
            id = null;
            first = null;
            text.setLength(0);
        }
    }
}
