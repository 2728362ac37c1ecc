package org.nafitha.documents.ocr;

import java.util.List;

import org.nafitha.documents.DocumentStored;
import org.nafitha.documents.Documents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of every stored image or PDF, after the document's own transaction commits.
 * OCR takes seconds, so it runs outside any transaction (holding no database connection); only
 * storing the pages is one. A failed attempt leaves the event incomplete for the outbox to retry.
 */
@Component
class ReadingScans {

    private static final Logger log = LoggerFactory.getLogger(ReadingScans.class);

    private final Documents documents;
    private final PageReader reader;
    private final DocumentPages pages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ReadingScans(Documents documents, PageReader reader, DocumentPages pages, ApplicationEventPublisher events,
                 TransactionTemplate transaction) {
        this.documents = documents;
        this.reader = reader;
        this.pages = pages;
        this.events = events;
        this.transaction = transaction;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @Async(OcrConfiguration.LISTENERS)
    void on(DocumentStored stored) throws OcrEngine.OcrFailed {
        var id = stored.id();
        if (!PageReader.readable(stored.mediaType())) {
            pages.status(id, DocumentPages.Status.NOT_APPLICABLE, 0);
            return;
        }
        if (!reader.canRead(stored.mediaType())) {
            log.warn("OCR unavailable: document {} is stored without its text", id);
            pages.status(id, DocumentPages.Status.UNAVAILABLE, 0);
            return;
        }
        var bytes = documents.contentForProcessing(id);
        if (bytes.isEmpty()) return;
        List<ReadPage> read;
        try {
            read = reader.read(bytes.get(), stored.mediaType());
        } catch (OcrEngine.OcrFailed e) {
            if (e.retryable()) throw e;
            // The file itself cannot be read (damaged, not really an image): retrying would not help.
            log.warn("Document {} could not be read: {}", id, e.getMessage());
            pages.status(id, DocumentPages.Status.UNREADABLE, 0);
            return;
        }
        transaction.executeWithoutResult(tx -> {
            pages.replace(id, read);
            events.publishEvent(new DocumentTextRead(id, read.size()));
        });
    }
}
