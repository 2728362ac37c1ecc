package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nafitha.NafithaTest;
import org.nafitha.documents.Classification;
import org.nafitha.documents.Documents;
import org.nafitha.documents.ocr.DocumentPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Generated Arabic scans go in through {@code Documents.store}, as the bulk import files them; OCR
 * reads them and the index takes them in; staff find them by the spellings people type, only
 * among what they are cleared to see.
 */
@NafithaTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveSearchTest {

    static final Clearance PASSPORTS_OFFICER = new Clearance(Classification.INTERNAL, false, "passports");
    static final Clearance PASSPORTS_HEAD = new Clearance(Classification.SECRET, false, "passports");
    static final Clearance ARCHIVIST = new Clearance(Classification.CONFIDENTIAL, true, null);

    @Autowired
    Documents documents;
    @Autowired
    DocumentPages pages;
    @Autowired
    ArchiveSearch search;
    @Autowired
    ArchiveIndexing indexing;

    final String person = ArchiveScans.personId();
    final String clerks = ArchiveScans.personId();
    UUID certificate, application, report, permit;
    final List<UUID> handovers = new ArrayList<>();

    @BeforeAll
    void fileTheScans() {
        ArchiveScans.assumeTesseract();
        var scans = new ArchiveScans(documents, pages);
        certificate = scans.scan(person, "certificate", "passports", Classification.INTERNAL, 2024, "شهادة تخرج",
                List.of("أحمد بن علي الزهراني", "مدرسة الملك فهد الثانوية", "Passport renewal"));
        application = scans.scan(person, "passport-application", "passports", Classification.INTERNAL, 2023,
                "طلب تجديد جواز سفر", List.of("نورة بنت سعد القحطاني", "طلب تجديد جواز سفر"));
        report = scans.scan(person, "report", "passports", Classification.SECRET, 2024, "تقرير عن المراجع",
                List.of("أحمد بن علي الزهراني", "تقرير أمني عن مغادرة البلاد"));
        permit = scans.scan(person, "permit", "residency", Classification.INTERNAL, 2022, "إقامة نظامية",
                List.of("أحمد بن علي الزهراني", "إقامة نظامية سارية المفعول"));
        for (int i = 1; i <= 12; i++) {
            handovers.add(scans.note(clerks, "handover", "passports", Classification.INTERNAL, 2025,
                    "محضر تسليم عهدة رقم " + i));
        }
        var all = new ArrayList<>(List.of(certificate, application, report, permit));
        all.addAll(handovers);
        scans.awaitRead(all);
        // The index follows the stored text a moment later, in its own listener.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                ids(search.search(query("مدرسه", person), ARCHIVIST)).contains(certificate)
                        // every scan's words, not only the first one's: each is indexed by its own event
                        && ids(search.search(query("احمد", person), ARCHIVIST)).containsAll(List.of(certificate, permit))
                        && ids(search.search(query("نوره", person), ARCHIVIST)).contains(application)
                        && search.search(query("", clerks), ARCHIVIST).total() == 12);
    }

    @Test
    void variantSpellingsFindTheScannedWords() {
        // «مدرسه» finds «مدرسة», a word only on the scanned page, not in the title.
        var school = search.search(query("مدرسه", person), PASSPORTS_OFFICER);
        assertThat(ids(school)).containsExactly(certificate);
        assertThat(school.hits().getFirst().snippet()).contains("<mark>مدرسة</mark>");
        // «احمد» finds «أحمد»; the officer is not cleared for the secret report nor for residency's permit.
        assertThat(ids(search.search(query("احمد", person), PASSPORTS_OFFICER))).containsExactly(certificate);
        assertThat(ids(search.search(query("الزهرانى أحمد", person), ARCHIVIST))).containsExactlyInAnyOrder(certificate, permit);
        assertThat(ids(search.search(query("passport", person), PASSPORTS_OFFICER))).containsExactly(certificate);
        assertThat(ids(search.search(query("جوازات", person), PASSPORTS_OFFICER))).containsExactly(application);
        assertThat(ids(search.search(query("مخالفة", person), PASSPORTS_OFFICER))).isEmpty();
    }

    @Test
    void aReaderWithoutClearanceSeesNothingOfTheDocument() {
        var officer = search.search(query("تقرير", person), PASSPORTS_OFFICER);
        assertThat(officer.total()).isZero();
        var everything = search.search(query("", person), PASSPORTS_OFFICER);
        assertThat(ids(everything)).containsExactlyInAnyOrder(certificate, application);
        assertThat(values(everything, "type")).doesNotContainKeys("report", "permit");
        assertThat(ids(search.search(query("تقرير", person), PASSPORTS_HEAD))).containsExactly(report);
        assertThat(ids(search.search(query("", person), ARCHIVIST)))
                .containsExactlyInAnyOrder(certificate, application, permit);
        assertThat(search.search(query("", person), Clearance.NONE).total()).isZero();
        assertThat(search.search(query("", person), new Clearance(Classification.SECRET, false, null)).total()).isZero();
    }

    @Test
    void facetsCountWhatTheReaderMaySeeAndNarrowTheResults() {
        var results = search.search(query("", person), PASSPORTS_HEAD);
        assertThat(values(results, "type")).isEqualTo(Map.of("certificate", 1L, "passport-application", 1L, "report", 1L));
        assertThat(values(results, "year")).isEqualTo(Map.of("2024", 2L, "2023", 1L));
        assertThat(values(results, "department")).isEqualTo(Map.of("passports", 3L));
        var year = search.search(ArchiveQuery.of("", person, null, null, "٢٠٢٣", 1), PASSPORTS_HEAD);
        assertThat(ids(year)).containsExactly(application);
        var type = search.search(ArchiveQuery.of("أحمد", person, "report", null, null, 1), PASSPORTS_HEAD);
        assertThat(ids(type)).containsExactly(report);
    }

    @Test
    void resultsComeTenToAPage() {
        var first = search.search(query("محضر عهده", clerks), PASSPORTS_OFFICER);
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hits()).hasSize(10);
        var second = search.search(query("محضر عهده", clerks).withPage(2), PASSPORTS_OFFICER);
        assertThat(second.hits()).hasSize(2);
        var seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(handovers);
        assertThat(search.search(query("محضر", clerks).withPage(7), PASSPORTS_OFFICER).hits()).isEmpty();
    }

    @Test
    void theIndexRebuiltFromTheDatabaseGivesTheSameResults() {
        var queries = List.of(query("احمد", person), query("مدرسه", person), query("", person), query("محضر", clerks),
                query("محضر", clerks).withPage(2), ArchiveQuery.of("", person, null, null, "2024", 1));
        var readers = List.of(PASSPORTS_OFFICER, PASSPORTS_HEAD, ARCHIVIST);
        var before = new ArrayList<ArchiveResults>();
        for (var q : queries) for (var r : readers) before.add(search.search(q, r));
        assertThat(indexing.rebuild()).isGreaterThanOrEqualTo(16);
        var after = new ArrayList<ArchiveResults>();
        for (var q : queries) for (var r : readers) after.add(search.search(q, r));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void luceneSyntaxAndOverlongTextAreSearchedAsPlainWords() {
        var syntax = search.search(query("أحمد AND (title:\"x\" OR [* TO *]) ~2 ^3 \\ / : مدرسة*", person), PASSPORTS_OFFICER);
        assertThat(syntax.total()).isZero();
        var tricky = search.search(query("\"مدرسة\" +أحمد -", person), PASSPORTS_OFFICER);
        assertThat(ids(tricky)).containsExactly(certificate);
        var huge = ArchiveQuery.of("مدرسة ".repeat(2_000), person, null, null, null, 1);
        assertThat(huge.shortened()).isTrue();
        assertThat(huge.text().length()).isLessThanOrEqualTo(ArchiveQuery.MAX_TEXT).isGreaterThan(ArchiveQuery.MAX_TEXT - 10);
        assertThat(ids(search.search(huge, PASSPORTS_OFFICER))).containsExactly(certificate);
        assertThat(search.search(ArchiveQuery.of("ز".repeat(10_000), null, null, null, null, 1), ARCHIVIST).total()).isZero();
    }

    private static ArchiveQuery query(String text, String person) {
        return ArchiveQuery.of(text, person, null, null, null, 1);
    }

    private static List<UUID> ids(ArchiveResults results) {
        return results.hits().stream().map(ArchiveResults.Hit::id).toList();
    }

    private static Map<String, Long> values(ArchiveResults results, String dimension) {
        var values = new HashMap<String, Long>();
        results.facets().get(dimension).forEach(f -> values.put(f.value(), f.count()));
        return values;
    }
}
