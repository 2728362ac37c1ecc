package org.nafitha.documents.search;

import java.util.UUID;

import org.nafitha.documents.DocumentErased;
import org.nafitha.documents.DocumentStored;
import org.nafitha.documents.ocr.DocumentTextRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the index in step with the database: a new document is indexed with its filing as soon
 * as it is stored, and again with its text once OCR has read it. Each update reads the document
 * from the database under the index's lock, so two updates of one document cannot land in the
 * wrong order. Each change is also written to the shared journal, from which every other node's
 * index catches up ({@link IndexCatchUp}); on a shared index (SolrCloud) this node's write is the
 * one every node sees, and the catch-up only makes sure of it.
 */
@Service
public class ArchiveIndexing {

    private static final Logger log = LoggerFactory.getLogger(ArchiveIndexing.class);

    private final SearchBackend index;
    private final ArchiveRecords records;
    private final IndexJournal journal;

    ArchiveIndexing(SearchBackend index, ArchiveRecords records, IndexJournal journal) {
        this.index = index;
        this.records = records;
        this.journal = journal;
    }

    // The journal is written after the index, never before: a connection taken in a listener stays with
    // its thread until the listener returns, and threads waiting for the index's lock while holding
    // connections starve the one inside the lock, which needs a connection to read the document.
    // The journal is written even when the index is away (Solr stopped): the catch-up writes the change later.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DocumentStored stored) {
        try {
            reindex(stored.id());
        } finally {
            journal.changed(stored.id());
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DocumentTextRead read) {
        try {
            reindex(read.documentId());
        } finally {
            journal.changed(read.documentId());
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DocumentErased erased) {
        try {
            reindex(erased.id());
        } finally {
            journal.changed(erased.id());
        }
    }

    public void reindex(UUID id) {
        synchronized (index) {
            // absent: the document was erased (or never committed) and leaves the index
            records.entry(id).ifPresentOrElse(index::put, () -> index.remove(id));
        }
    }

    /** Throws the index away and builds it again from the database; returns the documents indexed. */
    public int rebuild() {
        synchronized (index) {
            var started = System.nanoTime();
            // changes from here on are replayed from the journal by the next catch-up
            var upTo = journal.last();
            var count = index.replaceAll(records::each);
            index.journalAt(upTo);
            log.info("Archive index rebuilt from the database: {} documents in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
            return count;
        }
    }
}
