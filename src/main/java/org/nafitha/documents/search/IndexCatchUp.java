package org.nafitha.documents.search;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings this node's index up to the shared journal: every document another node stored or read
 * by OCR is indexed here too, and a node that was down replays what it missed from the last change
 * its index holds. With embedded Lucene it runs on every node on purpose (each node has its own
 * index), every two seconds; with a shared index (SolrCloud) on the one node holding the lease
 * ({@link SearchBackend#catchesUp()}), whose position is the cluster's: a change that could not be
 * written while Solr was away is written when it is back.
 *
 * <p>A change whose transaction is still open when the journal is read has a lower number than one
 * already visible; so the index only records itself past changes older than {@code SETTLE}, and
 * re-reads the newer ones (each applied once) until they are.
 */
@Component
class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    static final Duration SETTLE = Duration.ofSeconds(30);
    static final Duration KEEP = Duration.ofDays(7);
    private static final int BATCH = 500;

    private final IndexJournal journal;
    private final ArchiveIndexing indexing;
    private final SearchBackend index;
    private final Clock clock;
    /** Changes above the index's recorded position already applied on this node. */
    private final Set<Long> applied = new HashSet<>();

    IndexCatchUp(IndexJournal journal, ArchiveIndexing indexing, SearchBackend index, Clock clock) {
        this.journal = journal;
        this.indexing = indexing;
        this.index = index;
        this.clock = clock;
    }

    /** @return the documents indexed in this round */
    @Scheduled(fixedDelayString = "${nafitha.documents.index.catch-up:PT2S}", initialDelayString = "PT5S")
    synchronized int catchUp() {
        if (!index.catchesUp()) return 0;
        var at = index.journal();
        var first = journal.first();
        if (first > at + 1) {
            log.warn("The archive index holds changes up to {} but the journal starts at {}: rebuilding", at, first);
            applied.clear();
            indexing.rebuild();
            return -1;
        }
        var settled = clock.instant().minus(SETTLE);
        var indexed = 0;
        var position = at;
        var contiguous = true;
        var cursor = at;
        while (true) {
            var batch = journal.after(cursor, BATCH);
            for (var change : batch) {
                if (!applied.contains(change.seq())) {
                    indexing.reindex(change.document()); // throws while the index is away: retried next round
                    applied.add(change.seq());
                    indexed++;
                }
                if (contiguous && change.at().isBefore(settled)) position = change.seq();
                else contiguous = false;
            }
            if (batch.size() < BATCH) break;
            cursor = batch.getLast().seq();
        }
        if (position > at) {
            index.journalAt(position);
            final var recorded = position;
            applied.removeIf(seq -> seq <= recorded);
        }
        return indexed;
    }

    /** Old changes are forgotten; harmless when several nodes do it at once. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldChanges() {
        journal.forget(clock.instant().minus(KEEP));
    }
}
