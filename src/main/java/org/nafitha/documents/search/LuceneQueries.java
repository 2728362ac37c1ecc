package org.nafitha.documents.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A reader's archive query as Lucene queries: what must match, and the filters they chose. */
final class LuceneQueries {

    private LuceneQueries() {
    }

    /** Every word must match, in the title, the pages' text or the reference; or the whole text is a reference. */
    static Query matching(ArchiveQuery query, List<String> words) {
        if (words.isEmpty()) return new MatchAllDocsQuery();
        var all = new BooleanQuery.Builder();
        for (var word : words) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(ArchiveIndex.TITLE, word)), 2f), Occur.SHOULD)
                    .add(new TermQuery(new Term(ArchiveIndex.TEXT, word)), Occur.SHOULD)
                    .add(new TermQuery(new Term(ArchiveIndex.REFERENCE_WORDS, word)), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        return new BooleanQuery.Builder().add(all.build(), Occur.SHOULD)
                .add(new TermQuery(new Term(ArchiveIndex.REFERENCE, query.text())), Occur.SHOULD).build();
    }

    static List<Query> filters(ArchiveQuery query) {
        var filters = new ArrayList<Query>();
        if (query.person() != null) filters.add(new TermQuery(new Term(ArchiveIndex.PERSON, query.person())));
        if (query.type() != null) filters.add(new TermQuery(new Term(ArchiveIndex.KIND, query.type())));
        if (query.department() != null) filters.add(new TermQuery(new Term(ArchiveIndex.DEPARTMENT, query.department())));
        if (query.year() != null) filters.add(new TermQuery(new Term(ArchiveIndex.YEAR, query.year())));
        return filters;
    }
}
