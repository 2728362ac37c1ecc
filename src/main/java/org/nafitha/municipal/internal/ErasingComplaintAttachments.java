package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.nafitha.documents.Documents;
import org.nafitha.municipal.MunicipalProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the photos and files attached to a complaint once it has been closed for longer than
 * {@code nafitha.municipal.keep-complaint-attachments} (two years by default): they show people's homes,
 * streets and faces, and the complaint's own text and resolution are the record. Each attachment is
 * claimed by deleting its row, so of several nodes running the timer one erases it; the erasure is
 * audited by {@link Documents#erase} and what was erased stays provable by its hash.
 */
@Component
class ErasingComplaintAttachments {

    private record Due(UUID complaint, String reference, UUID document) {
    }

    private final JdbcClient jdbc;
    private final Documents documents;
    private final TransactionTemplate transactions;
    private final MunicipalProperties properties;
    private final Clock clock;

    ErasingComplaintAttachments(JdbcClient jdbc, Documents documents, TransactionTemplate transactions,
                                MunicipalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the attachments this call erased */
    @Scheduled(fixedDelayString = "${nafitha.municipal.erase-every:1h}", initialDelayString = "3m")
    int eraseExpired() {
        var closedBefore = clock.instant().atZone(ZoneOffset.UTC).minus(properties.keepComplaintAttachments()).toInstant();
        var due = jdbc.sql("""
                        SELECT c.id, c.reference, a.document
                          FROM municipal_complaints c JOIN municipal_complaint_attachments a ON a.complaint_id = c.id
                         WHERE c.status = 'CLOSED' AND c.closed_at <= :before""")
                .param("before", Timestamp.from(closedBefore))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
        var erased = 0;
        for (var attachment : due) {
            if (Boolean.TRUE.equals(transactions.execute(s -> erase(attachment)))) erased++;
        }
        return erased;
    }

    private boolean erase(Due attachment) {
        var claimed = jdbc.sql("DELETE FROM municipal_complaint_attachments WHERE complaint_id = :c AND document = :d")
                .param("c", attachment.complaint()).param("d", attachment.document()).update() == 1;
        if (!claimed) return false;
        documents.erase(attachment.document(), "municipal", "complaint.attachment.retention " + attachment.reference());
        return true;
    }
}
