///usr/bin/env java "$0" "$@"; exit $?
// The archive search at scale: N synthetic Arabic documents (seeded: names written with the
// variants people use, schools, places, filing metadata) indexed into a fresh Lucene directory by
// the application's own ArchiveIndex and ArchiveAnalyzer on one thread (docs/s), then queries
// through ArchiveSearch (clearance filter, facets on three dimensions, highlighted snippets, the
// first page of ten) against the limit measured on the same index in the same run: a raw Lucene
// TermQuery for the same (analysed) word, top ten, nothing else.
// Run by `bench/run search`; needs the application's classpath plus target/classes.
//
//   java -cp <classpath> bench/Search.java <documents> <queries> <work-dir> [seed]

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.nafitha.documents.Classification;
import org.nafitha.documents.search.ArchiveEntry;
import org.nafitha.documents.search.ArchiveIndex;
import org.nafitha.documents.search.ArchiveQuery;
import org.nafitha.documents.search.ArchiveSearch;
import org.nafitha.documents.search.Clearance;

public class Search {

    static final String[] FIRST = {"أحمد", "احمد", "محمد", "عبدالله", "فهد", "خالد", "سعد", "علي", "نورة", "نوره",
            "سارة", "ساره", "مريم", "هند", "ريم", "إبراهيم", "ابراهيم", "يوسف", "مصطفى", "مصطفي", "عيسى", "موسى"};
    static final String[] FAMILY = {"الزهراني", "القحطاني", "العتيبي", "الشهري", "الدوسري", "المطيري", "الحربي",
            "الغامدي", "السبيعي", "الشمري", "العنزي", "الرشيد", "الجهني", "المالكي", "القرني", "البقمي"};
    static final String[] WORDS = {"مدرسة", "مدرسه", "المدرسة", "جواز", "سفر", "إقامة", "اقامة", "رخصة", "قيادة",
            "شهادة", "ميلاد", "وفاة", "زواج", "طلاق", "محضر", "استلام", "تسليم", "عهدة", "تقرير", "مخالفة", "مرورية",
            "الرياض", "جدة", "مكة", "المدينة", "الدمام", "أبها", "تبوك", "حائل", "الملك", "فهد", "عبدالعزيز",
            "الثانوية", "المتوسطة", "الابتدائية", "طلب", "تجديد", "إصدار", "بدل", "فاقد", "تالف", "صورة", "الهوية",
            "الوطنية", "عقد", "الإيجار", "المصدق", "وزارة", "الداخلية", "المديرية", "العامة", "للجوازات", "شرطة",
            "منطقة", "محافظة", "بلدية", "مختار", "سجل", "مدني", "نظامية", "سارية", "المفعول", "منتهية"};
    static final String[] KINDS = {"certificate", "passport-application", "report", "permit", "handover", "licence"};
    static final String[] DEPARTMENTS = {"passports", "residency", "civil-status", "traffic", "police", "nationality",
            "prisons"};
    /** What staff type: names and words in the spellings of the street, not of the archive. */
    static final String[] TYPED = {"احمد", "مدرسه", "نوره الزهراني", "اقامة", "جواز سفر", "ابراهيم", "محضر عهده",
            "مصطفي", "شهادة ميلاد", "مخالفه مروريه", "تقرير", "الرياض", "رخصه قياده", "عيسي", "سارة العتيبي"};

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        int queries = Integer.parseInt(args[1]);
        var work = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        var dir = Files.createDirectories(work.resolve("index-" + System.nanoTime()));
        try (var index = new ArchiveIndex(dir)) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long started = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            index.addAll(documents(count, new Random(seed)));
            index.publish();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double rate = count / seconds;
            System.out.printf("indexing: %d documents in %.1f s, %.0f docs/s (one thread, commit included; "
                    + "%.0f docs per CPU-second of that thread, the rest is waiting for a shared core or merges)%n",
                    count, seconds, rate, count / cpuSeconds);
            System.out.printf("index: %.0f MB on disk%n", size(dir) / 1e6);

            var search = new ArchiveSearch(index);
            var readers = List.of(new Clearance(Classification.INTERNAL, false, "passports"),
                    new Clearance(Classification.CONFIDENTIAL, true, null));
            var random = new Random(seed + 1);
            // Warm-up: both paths, so neither pays for class loading or cold caches.
            for (int i = 0; i < Math.min(2_000, queries); i++) {
                search.search(ArchiveQuery.text(TYPED[random.nextInt(TYPED.length)]), readers.get(i % 2));
                raw(index, search, TYPED[random.nextInt(TYPED.length)]);
            }
            var ours = new long[queries];
            var theirs = new long[queries];
            var faceted = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                var typed = TYPED[random.nextInt(TYPED.length)];
                var reader = readers.get(i % 2);
                long t0 = System.nanoTime();
                hits += search.search(ArchiveQuery.text(typed), reader).total();
                long t1 = System.nanoTime();
                hits += raw(index, search, typed);
                long t2 = System.nanoTime();
                hits += rawWithFacets(index, typed);
                long t3 = System.nanoTime();
                ours[i] = t1 - t0;
                theirs[i] = t2 - t1;
                faceted[i] = t3 - t2;
            }
            Arrays.sort(ours);
            Arrays.sort(theirs);
            Arrays.sort(faceted);
            System.out.printf("ours: archive search p50 %.2f ms p95 %.2f ms (clearance filter, 3 facets, snippets, page 1)%n",
                    ms(ours, 0.50), ms(ours, 0.95));
            System.out.printf("limit: raw Lucene TermQuery top 10 p50 %.2f ms p95 %.2f ms%n", ms(theirs, 0.50), ms(theirs, 0.95));
            System.out.printf("context: the same TermQuery counting every hit into the 3 facets p50 %.2f ms p95 %.2f ms "
                    + "(what facets cost on their own)%n", ms(faceted, 0.50), ms(faceted, 0.95));
            System.out.printf("(%d queries, %d hits counted)%n", queries, hits);
            System.out.printf("search: p95 %.2f ms (ratio %.2f of raw Lucene TermQuery p95 %.2f ms measured in the same run, "
                            + "%d documents, indexing %.0f docs/s)%n", ms(ours, 0.95), ms(ours, 0.95) / ms(theirs, 0.95),
                    ms(theirs, 0.95), count, rate);
        } finally {
            delete(dir);
        }
    }

    /** The first analysed word of the typed text as one TermQuery on the pages' text. */
    static long raw(ArchiveIndex index, ArchiveSearch search, String typed) throws Exception {
        var word = firstWord(index, typed);
        var searcher = index.acquire();
        try {
            return searcher.search(new TermQuery(new Term("text", word)), 10).totalHits.value();
        } finally {
            index.release(searcher);
        }
    }

    /** The raw TermQuery again, with every hit counted into the three facet dimensions. */
    static long rawWithFacets(ArchiveIndex index, String typed) throws Exception {
        var word = firstWord(index, typed);
        var searcher = index.acquire();
        try {
            var result = org.apache.lucene.facet.FacetsCollectorManager.search(searcher, new TermQuery(new Term("text", word)),
                    10, new org.apache.lucene.facet.FacetsCollectorManager());
            var state = STATE_GET.apply(searcher.getIndexReader());
            var counts = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, result.facetsCollector());
            for (var dim : List.of("type", "department", "year")) counts.getTopChildren(20, dim);
            return result.topDocs().totalHits.value();
        } finally {
            index.release(searcher);
        }
    }

    static final java.util.Map<org.apache.lucene.index.IndexReader, org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState> STATE_CACHE = new java.util.HashMap<>();
    static final java.util.function.Function<org.apache.lucene.index.IndexReader, org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState> STATE_LOADER = reader -> {
        try {
            return new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader, new org.apache.lucene.facet.FacetsConfig());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };
    static final java.util.function.Function<org.apache.lucene.index.IndexReader, org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState> STATE_GET = r -> STATE_CACHE.computeIfAbsent(r, STATE_LOADER);

    static String firstWord(ArchiveIndex index, String typed) throws Exception {
        try (var stream = index.analyzer().tokenStream("text", typed)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            var word = term.toString();
            stream.end();
            return word;
        }
    }

    /**
     * The archive's vocabulary: the real words above among 20,000 made-up ones, in a seeded order,
     * drawn with a skew (a few words common, most rare) as words of real text are.
     */
    static String[] vocabulary(Random random) {
        var letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var words = new java.util.ArrayList<String>(Arrays.asList(WORDS));
        while (words.size() < 20_000) {
            var word = new StringBuilder();
            int length = 3 + random.nextInt(4);
            for (int i = 0; i < length; i++) word.append(letters.charAt(random.nextInt(letters.length())));
            words.add(word.toString());
        }
        java.util.Collections.shuffle(words, random);
        return words.toArray(String[]::new);
    }

    static String word(String[] vocabulary, Random random) {
        return vocabulary[(int) (Math.pow(random.nextDouble(), 4) * vocabulary.length)];
    }

    static Iterator<ArchiveEntry> documents(int count, Random random) {
        var vocabulary = vocabulary(random);
        return new Iterator<>() {
            int made;

            public boolean hasNext() {
                return made < count;
            }

            public ArchiveEntry next() {
                made++;
                var name = FIRST[random.nextInt(FIRST.length)] + " بن " + FIRST[random.nextInt(FIRST.length)] + " "
                        + FAMILY[random.nextInt(FAMILY.length)];
                var text = new StringBuilder(name);
                int words = 25 + random.nextInt(40);
                for (int w = 0; w < words; w++) text.append(w % 9 == 8 ? '\n' : ' ').append(word(vocabulary, random));
                var kind = KINDS[random.nextInt(KINDS.length)];
                var title = WORDS[random.nextInt(WORDS.length)] + " " + word(vocabulary, random) + " — " + name;
                var classification = Classification.values()[random.nextInt(10) < 6 ? 1 : random.nextInt(4)];
                var person = (random.nextBoolean() ? "1" : "2") + String.format("%09d", random.nextInt(1_000_000_000));
                return new ArchiveEntry(new UUID(random.nextLong(), random.nextLong()), kind,
                        DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], classification, 1995 + random.nextInt(31),
                        "ARC-" + made, title, person, text.toString());
            }
        };
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static long size(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
