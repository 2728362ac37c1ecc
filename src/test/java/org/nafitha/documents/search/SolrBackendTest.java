package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nafitha.documents.Classification;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The SolrCloud backend against the embedded Lucene one, fed the same documents: the spellings
 * people type meet the archived ones in Solr's schema as in {@link ArchiveAnalyzer}, and every
 * query answers the same hits in the same order, totals, facets, snippets and clearance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrBackendTest {

    static final Clearance OFFICER = new Clearance(Classification.INTERNAL, false, "passports");
    static final Clearance HEAD = new Clearance(Classification.SECRET, false, "passports");
    static final Clearance ARCHIVIST = new Clearance(Classification.CONFIDENTIAL, true, null);

    @TempDir
    static Path dir;
    LuceneBackend lucene;
    SolrBackend solr;
    final List<ArchiveEntry> entries = new ArrayList<>();

    @BeforeAll
    void feedBoth() throws IOException {
        lucene = new LuceneBackend(new ArchiveIndex(dir));
        solr = new SolrBackend(new SolrHttp(SolrServer.urls(), SolrServer.collection("archive-backend"),
                Duration.ofSeconds(20)), null, Clock.systemUTC());
        entries.add(entry("certificate", "passports", Classification.INTERNAL, 2024, "شهادة تخرج",
                "أحمد بن علي الزهراني\nمدرسة الملك فهد الثانوية\nPassport renewal"));
        entries.add(entry("passport-application", "passports", Classification.INTERNAL, 2023, "طلب تجديد جواز سفر",
                "نورة بنت سعد القحطاني\nطلب تجديد جواز سفر <b>عاجل</b> & مصطفى"));
        entries.add(entry("report", "passports", Classification.SECRET, 2024, "تقرير عن المراجع",
                "أحمد بن علي الزهراني\nتقرير أمني عن مغادرة البلاد"));
        entries.add(entry("permit", "residency", Classification.INTERNAL, 2022, "إقامة نظامية",
                "أحمد بن علي الزهراني\nإقامة نظامية سارية المفعول"));
        entries.add(entry("letter", null, Classification.PUBLIC, 2021, "خطاب", ""));
        for (int i = 1; i <= 12; i++) {
            entries.add(entry("handover", "passports", Classification.INTERNAL, 2025, "محضر تسليم عهدة رقم " + i,
                    "تسلمت الإدارة صورة الهوية الوطنية رقم ١٢٣٤٥٦٧ والمدرسة " + "محضر ".repeat(i)));
        }
        solr.replaceAll(sink -> List.of().forEach(x -> { })); // empties what an earlier run left
        entries.forEach(lucene::put);
        entries.forEach(solr::put);
    }

    @AfterAll
    void close() throws IOException {
        lucene.close();
        solr.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "احمد, أحمد", "إحمد, أحمد", "آحمد, أحمد", "أَحْمَد, أحمد", "مدرسه, مدرسة", "مـــدرسـة, مدرسة",
            "المدرسة, مدرسة", "والمدرسة, مدرسة", "مصطفي, مصطفى", "1234567, ١٢٣٤٥٦٧", "۱۲۳۴۵۶۷, ١٢٣٤٥٦٧",
            "علی, علي", "PASSPORT, Passport"
    })
    void variantSpellingsMeetInSolrAsInLucene(String typed, String archived) {
        var solrHits = solr.search(ArchiveQuery.text(typed), ARCHIVIST);
        assertThat(solrHits.total()).as("Solr finds «%s» for «%s»", archived, typed).isPositive();
        assertThat(solrHits).isEqualTo(lucene.search(ArchiveQuery.text(typed), ARCHIVIST));
    }

    @Test
    void everyQueryAnswersAsTheEmbeddedIndexDoes() {
        var queries = List.of(ArchiveQuery.text(""), ArchiveQuery.text("احمد"), ArchiveQuery.text("مدرسه"),
                ArchiveQuery.text("تقرير"), ArchiveQuery.text("محضر عهده"), ArchiveQuery.text("محضر عهده").withPage(2),
                ArchiveQuery.text("ARC-7"), ArchiveQuery.text("عاجل"), ArchiveQuery.text("مخالفة"),
                ArchiveQuery.of("", null, "report", null, null, 1), ArchiveQuery.of("", null, null, null, "٢٠٢٤", 1),
                ArchiveQuery.of("احمد", null, null, "residency", null, 1),
                ArchiveQuery.text("أحمد AND (title:\"x\" OR [* TO *]) ~2 ^3 \\ / : مدرسة* {!term f=id}x 'q'"));
        var readers = List.of(OFFICER, HEAD, ARCHIVIST, Clearance.NONE, new Clearance(Classification.SECRET, false, null),
                new Clearance(Classification.PUBLIC, true, null));
        for (var query : queries) {
            for (var reader : readers) {
                assertThat(solr.search(query, reader)).as("%s for %s", query, reader)
                        .isEqualTo(lucene.search(query, reader));
            }
        }
        var officer = solr.search(ArchiveQuery.of("مدرسه", null, "certificate", null, null, 1), OFFICER);
        assertThat(officer.hits().getFirst().snippet()).contains("<mark>مدرسة</mark>");
        assertThat(solr.search(ArchiveQuery.text("عاجل"), OFFICER).hits().getFirst().snippet())
                .contains("&lt;b&gt;<mark>عاجل</mark>&lt;&#x2F;b&gt; &amp;");
        assertThat(solr.search(ArchiveQuery.text("تقرير"), OFFICER).total()).isZero();
        assertThat(solr.size()).isEqualTo(entries.size());
    }

    @Test
    void aRebuildReplacesTheCollectionWithoutEverShowingItEmpty() {
        var other = new SolrBackend(new SolrHttp(SolrServer.urls(), SolrServer.collection("archive-rebuild"),
                Duration.ofSeconds(20)), null, Clock.systemUTC());
        var gone = entry("letter", "passports", Classification.INTERNAL, 2020, "وثيقة محذوفة", "نص");
        other.put(gone);
        var kept = entries.subList(0, 4);
        assertThat(other.replaceAll(sink -> {
            kept.forEach(sink);
            assertThat(other.search(ArchiveQuery.text("محذوفة"), ARCHIVIST).total()).as("still searchable").isEqualTo(1);
        })).isEqualTo(4);
        assertThat(other.search(ArchiveQuery.text("محذوفة"), ARCHIVIST).total()).isZero();
        assertThat(other.size()).isEqualTo(4);
        other.put(kept.getFirst());
        assertThat(other.size()).isEqualTo(4);
        other.close();
    }

    @Test
    void anErasedDocumentLeavesTheCollectionAndRemovingItAgainIsNoError() {
        var other = new SolrBackend(new SolrHttp(SolrServer.urls(), SolrServer.collection("archive-erase"),
                Duration.ofSeconds(20)), null, Clock.systemUTC());
        var erased = entry("letter", "passports", Classification.INTERNAL, 2020, "تسجيل اجتماع منتهي الحفظ", "نص");
        var kept = entry("letter", "passports", Classification.INTERNAL, 2020, "تسجيل اجتماع محفوظ", "نص");
        other.put(erased);
        other.put(kept);
        assertThat(other.search(ArchiveQuery.text("تسجيل"), ARCHIVIST).total()).isEqualTo(2);
        other.remove(erased.id());
        other.remove(erased.id());
        assertThat(other.search(ArchiveQuery.text("تسجيل"), ARCHIVIST).hits()).extracting(ArchiveResults.Hit::id)
                .containsExactly(kept.id());
        other.close();
    }

    @Test
    void anEmptyCollectionAnswersEmpty() {
        var empty = new SolrBackend(new SolrHttp(SolrServer.urls(), SolrServer.collection("archive-empty"),
                Duration.ofSeconds(20)), null, Clock.systemUTC());
        assertThat(empty.search(ArchiveQuery.text("احمد"), ARCHIVIST)).isEqualTo(ArchiveResults.EMPTY);
        empty.close();
    }

    @Test
    void aSolrNodeThatIsDownIsPassedOverAndNoneAnsweringIsUnavailableNotAnError() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var down = URI.create("http://127.0.0.1:" + closed + "/solr");
        var live = SolrServer.urls().getFirst();
        var failover = new SolrBackend(new SolrHttp(List.of(down, live), SolrServer.collection("archive-backend"),
                Duration.ofSeconds(20)), null, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            assertThat(failover.search(ArchiveQuery.text("احمد"), ARCHIVIST)).isEqualTo(solr.search(ArchiveQuery.text("احمد"), ARCHIVIST));
        }
        var away = new SolrBackend(new SolrHttp(List.of(down), "archive-backend", Duration.ofSeconds(5)), null,
                Clock.systemUTC());
        assertThatThrownBy(() -> away.search(ArchiveQuery.text("احمد"), ARCHIVIST))
                .isInstanceOf(DataAccessResourceFailureException.class).hasMessageContaining("No Solr node answers");
        assertThatThrownBy(() -> away.put(entries.getFirst())).isInstanceOf(DataAccessResourceFailureException.class);
        failover.close();
        away.close();
    }

    private static ArchiveEntry entry(String kind, String department, Classification classification, int year,
                                      String title, String text) {
        return new ArchiveEntry(UUID.randomUUID(), kind, department, classification, year, "ARC-" + title.length(),
                title, "1000000008", text);
    }
}
