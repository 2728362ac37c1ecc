package org.nafitha.issuance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.nafitha.cases.CaseReference;
import org.nafitha.issuance.DocumentStatus;
import org.nafitha.issuance.VerificationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.time.LocalDate;
import java.util.UUID;

/** The issued documents and their signed PDFs. */
@Repository
public class IssuedDocuments {

    private static final String COLUMNS = """
            id, code, case_reference, service_code, department, type_ar, type_en, holder_id, holder_name_ar,
            holder_name_en, issued_on, issued_at, status, status_reason""";

    private final JdbcClient jdbc;

    IssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the case already has its document (a redelivered event, a second node) */
    boolean add(IssuedDocument d, byte[] pdf) {
        return jdbc.sql("""
                        INSERT INTO issued_documents (id, code, case_reference, service_code, department, type_ar, type_en,
                            holder_id, holder_name_ar, holder_name_en, issued_on, issued_at, status, pdf, pdf_sha256)
                        VALUES (:id, :code, :ref, :service, :dept, :typeAr, :typeEn, :holder, :nameAr, :nameEn,
                            :on, :at, :status, :pdf, :sha)
                        ON CONFLICT DO NOTHING""")
                .param("id", d.id()).param("code", d.code().value()).param("ref", d.caseReference().value())
                .param("service", d.serviceCode()).param("dept", d.department())
                .param("typeAr", d.typeAr()).param("typeEn", d.typeEn()).param("holder", d.holderId())
                .param("nameAr", d.holderNameAr()).param("nameEn", d.holderNameEn())
                .param("on", d.issuedOn()).param("at", Timestamp.from(d.issuedAt()))
                .param("status", d.status().name()).param("pdf", pdf).param("sha", sha256(pdf))
                .update() == 1;
    }

    public boolean existsFor(CaseReference reference) {
        return jdbc.sql("SELECT COUNT(*) FROM issued_documents WHERE case_reference = :r")
                .param("r", reference.value()).query(Long.class).single() > 0;
    }

    public Optional<IssuedDocument> find(VerificationCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE code = :c")
                .param("c", code.value()).query(IssuedDocuments::row).optional();
    }

    public Optional<IssuedDocument> forCase(CaseReference reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE case_reference = :r")
                .param("r", reference.value()).query(IssuedDocuments::row).optional();
    }

    public List<IssuedDocument> ofDepartment(String department, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_documents WHERE department = :d ORDER BY issued_at DESC LIMIT "
                        + Math.max(1, Math.min(limit, 500)))
                .param("d", department).query(IssuedDocuments::row).list();
    }

    public Optional<byte[]> pdf(VerificationCode code) {
        return jdbc.sql("SELECT pdf FROM issued_documents WHERE code = :c")
                .param("c", code.value()).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Conditional on the status still being VALID, so two officers revoking at once record one revocation. */
    boolean revoke(VerificationCode code, String reason, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE issued_documents SET status = 'REVOKED', status_reason = :reason, status_changed_by = :by,
                            status_changed_at = :at
                        WHERE code = :c AND status = 'VALID'""")
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).param("c", code.value())
                .update() == 1;
    }

    private static IssuedDocument row(ResultSet rs, int n) throws SQLException {
        return new IssuedDocument(rs.getObject(1, UUID.class), new VerificationCode(rs.getString(2)),
                new CaseReference(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getTimestamp(12).toInstant(), DocumentStatus.valueOf(rs.getString(13)), rs.getString(14));
    }

    private static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
