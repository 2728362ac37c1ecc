package org.nafitha.documents.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import java.util.Map;

/**
 * The Lucene index of the archive: one Lucene document per stored document, replaced whole
 * whenever it changes. Writes are serialised (one writer); searches read the last refreshed view.
 * Everything in it can be rebuilt from the database ({@link #replaceAll}).
 */
public class ArchiveIndex implements Closeable {

    static final String ID = "id", TITLE = "title", TEXT = "text", REFERENCE = "reference",
            REFERENCE_WORDS = "reference_words", PERSON = "person", KIND = "kind", DEPARTMENT = "department",
            YEAR = "year", RANK = "rank", CLASSIFICATION = "classification", ORDER = "order";
    /** Facet dimensions, as shown on the archive page. */
    public static final String TYPE_FACET = "type", DEPARTMENT_FACET = "department", YEAR_FACET = "year";
    /** The department term of a document filed under none: no department's staff match it. */
    public static final String NO_DEPARTMENT = "_none";

    private final FSDirectory directory;
    private static final String JOURNAL = "journal";

    private IndexWriter writer;
    private volatile SearcherManager searchers;
    /** The last change of the shared journal this index holds, kept with each commit. */
    private volatile long journal;
    private final FacetsConfig facets = new FacetsConfig();
    private final ArchiveAnalyzer analyzer = new ArchiveAnalyzer();

    public ArchiveIndex(Path path) throws IOException {
        this.directory = FSDirectory.open(path);
        open();
    }

    private void open() throws IOException {
        var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.journal = journalOf(writer);
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces one document, visible to searches when this returns. */
    public synchronized void put(ArchiveEntry entry) {
        try {
            writer.updateDocument(new Term(ID, entry.id().toString()), facets.build(document(entry)));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remove(UUID id) {
        try {
            writer.deleteDocuments(new Term(ID, id.toString()));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Empties the index and fills it with what {@code source} hands over, one entry at a time;
     * searches see the old index until the new one is complete.
     */
    public synchronized int replaceAll(Consumer<Consumer<ArchiveEntry>> source) {
        try {
            return fill(source);
        } catch (IOException | RuntimeException e) {
            // A rebuild that stops half-way must not be committed by the next update: back to the last commit.
            try {
                searchers.close();
                writer.rollback();
                open();
            } catch (IOException reopening) {
                e.addSuppressed(reopening);
            }
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw (RuntimeException) e;
        }
    }

    private int fill(Consumer<Consumer<ArchiveEntry>> source) throws IOException {
        writer.deleteAll();
        var count = new int[1];
        source.accept(entry -> {
            try {
                writer.addDocument(facets.build(document(entry)));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        publish();
        return count[0];
    }

    /** Adds without committing: for a bulk load, followed by {@link #publish()}. */
    public synchronized int addAll(Iterator<ArchiveEntry> entries) throws IOException {
        int count = 0;
        while (entries.hasNext()) {
            writer.addDocument(facets.build(document(entries.next())));
            count++;
        }
        return count;
    }

    /** Commits what was written and shows it to searches. */
    public synchronized void publish() throws IOException {
        writer.setLiveCommitData(Map.of(JOURNAL, Long.toString(journal)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The last journal change this index holds (0 for none); survives a restart with the index. */
    public long journal() {
        return journal;
    }

    /** Records that the index holds every journal change up to {@code seq}; committed with the next publish. */
    public synchronized void journalAt(long seq) throws IOException {
        if (seq == journal) return;
        journal = seq;
        publish();
    }

    private static long journalOf(IndexWriter writer) {
        var data = writer.getLiveCommitData();
        if (data == null) return 0;
        for (var entry : data) {
            if (JOURNAL.equals(entry.getKey())) return Long.parseLong(entry.getValue());
        }
        return 0;
    }

    /** Documents in the index as searches see it. */
    public int size() throws IOException {
        var searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    public ArchiveAnalyzer analyzer() {
        return analyzer;
    }

    private static Document document(ArchiveEntry entry) {
        var doc = new Document();
        doc.add(new StringField(ID, entry.id().toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id().toString())));
        doc.add(new TextField(TITLE, nonNull(entry.title()), Field.Store.YES));
        doc.add(new TextField(TEXT, entry.text(), Field.Store.YES));
        doc.add(new StringField(REFERENCE, nonNull(entry.reference()).strip(), Field.Store.YES));
        doc.add(new TextField(REFERENCE_WORDS, nonNull(entry.reference()), Field.Store.NO));
        doc.add(new StringField(PERSON, entry.person(), Field.Store.YES));
        doc.add(new StringField(KIND, entry.kind(), Field.Store.YES));
        var department = entry.department() == null ? NO_DEPARTMENT : entry.department();
        doc.add(new StringField(DEPARTMENT, department, Field.Store.YES));
        doc.add(new StringField(YEAR, Integer.toString(entry.year()), Field.Store.YES));
        doc.add(new IntPoint(RANK, entry.classification().ordinal()));
        doc.add(new StoredField(CLASSIFICATION, entry.classification().name()));
        doc.add(new NumericDocValuesField(ORDER, entry.year()));
        doc.add(new SortedSetDocValuesFacetField(TYPE_FACET, entry.kind()));
        doc.add(new SortedSetDocValuesFacetField(DEPARTMENT_FACET, department));
        doc.add(new SortedSetDocValuesFacetField(YEAR_FACET, Integer.toString(entry.year())));
        return doc;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
