package org.nafitha.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

/** The embedded Lucene index: one per node, each kept up to the shared journal by {@link IndexCatchUp}. */
final class LuceneBackend implements SearchBackend {

    private final ArchiveIndex index;
    private final LuceneSearch search;

    LuceneBackend(ArchiveIndex index) {
        this.index = index;
        this.search = new LuceneSearch(index);
    }

    ArchiveIndex index() {
        return index;
    }

    @Override
    public void put(ArchiveEntry entry) {
        index.put(entry);
    }

    @Override
    public void remove(UUID id) {
        index.remove(id);
    }

    @Override
    public int replaceAll(Consumer<Consumer<ArchiveEntry>> source) {
        return index.replaceAll(source);
    }

    @Override
    public ArchiveResults search(ArchiveQuery query, Clearance clearance) {
        return search.search(query, clearance);
    }

    @Override
    public long size() {
        try {
            return index.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long journal() {
        return index.journal();
    }

    @Override
    public void journalAt(long seq) {
        try {
            index.journalAt(seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
