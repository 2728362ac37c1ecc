package org.nafitha.documents;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.nafitha.documents.internal.ContentAddress;
import org.nafitha.documents.internal.ContentStore;
import org.nafitha.documents.internal.UploadChecks;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores uploads after checking what they really are (by content, never by name or declared
 * type), scanning them and cleaning them (images without their metadata, PDFs without scripts),
 * encrypted at rest; and hands them out again, recording every read by staff. A stored object
 * whose bytes were altered on disk raises {@link DocumentTampered} instead of being handed out.
 */
@Service
public class Documents {

    private final DocumentRows rows;
    private final ContentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UploadChecks checks;
    private final Tika tika = new Tika();

    Documents(DocumentRows rows, ContentStore store, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
              UploadChecks checks) {
        this.checks = checks;
        this.rows = rows;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public UploadOutcome store(Upload upload) {
        if (upload.bytes().length == 0) return new UploadOutcome.Refused(UploadOutcome.Reason.EMPTY, "");
        var detected = tika.detect(upload.bytes());
        if (upload.bytes().length > upload.maxBytes()) {
            return new UploadOutcome.Refused(UploadOutcome.Reason.TOO_LARGE, detected);
        }
        if (!upload.accepted().contains(detected)) {
            return new UploadOutcome.Refused(UploadOutcome.Reason.TYPE_NOT_ALLOWED, detected);
        }
        var checked = checks.check(upload.bytes(), upload.filename(), detected);
        if (checked instanceof UploadChecks.Refused refused) return new UploadOutcome.Refused(refused.reason(), detected);
        var bytes = ((UploadChecks.Accepted) checked).bytes();
        var sha256 = ContentAddress.of(bytes);
        store.put(sha256, bytes);
        var document = new StoredDocument(UUID.randomUUID(), upload.kind(), sha256, detected, bytes.length,
                safeName(upload.filename()), upload.owner());
        rows.insert(document, upload, clock.instant());
        events.publishEvent(new DocumentStored(document.id(), document.kind(), detected, document.owner(), upload.filing()));
        return new UploadOutcome.Stored(document);
    }

    public Optional<StoredDocument> find(UUID id) {
        return rows.find(id);
    }

    /** The bytes, with the read recorded (who, which case, why) in the same transaction. */
    @Transactional
    public Optional<DocumentContent> read(UUID id, DocumentRead read) {
        return find(id).flatMap(doc -> store.get(doc.sha256()).map(bytes -> {
            audit.record(new AuditEntry(read.reader(), read.readerRole(), "document.read", doc.owner(),
                    read.caseReference(), read.purpose(), read.department()));
            return new DocumentContent(doc, bytes);
        }));
    }

    /**
     * The bytes for the platform's own processing (OCR, indexing), not for a person: not audited,
     * and never to be shown to anyone — people read through {@link #read}.
     */
    public Optional<byte[]> contentForProcessing(UUID id) {
        return find(id).flatMap(doc -> store.get(doc.sha256()));
    }

    /**
     * Erases a document at the end of its retention period: its row and its read text go now, with
     * the erasure in the audit trail (who, why); its bytes and its search entry follow after commit
     * ({@link DocumentErased}). What was erased stays provable: its hash remains wherever it was logged.
     *
     * @return false when there is no such document (erased already)
     */
    @Transactional
    public boolean erase(UUID id, String by, String reason) {
        var document = find(id);
        if (document.isEmpty()) return false;
        if (!rows.delete(id)) return false;
        var doc = document.get();
        audit.record(new AuditEntry(by, "SYSTEM", "document.erased", doc.owner(), null,
                reason + " " + doc.kind() + " " + doc.sha256(), null));
        events.publishEvent(new DocumentErased(id, doc.sha256()));
        return true;
    }

    private static String safeName(String name) {
        var base = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cc}]", "").strip();
        return base.isEmpty() ? "upload" : base.length() > 120 ? base.substring(0, 120) : base;
    }

}
