///usr/bin/env java "$0" "$@"; exit $?
// The guidance assistant's retrieval (org.nafitha.assistant): the questions of the accuracy test
// (src/test/resources/assistant/questions.tsv), asked in turn on one thread against the catalogue's
// index as the application builds it — analysis, the dialect lexicon, dialect forms, the spelling
// fallback, BM25 over six fields and the "explains enough of the question" check (one more search per
// word of the question) — beside the limit measured on the same
// index in the same run: a bare Lucene TermQuery per analysed word on the names, top three, nothing
// else. The answer's assembly (copying the definition, the fee lines) is not part of either side.
// Run by `bench/run assistant`; needs the application's classpath plus target/classes.
//
//   java -cp <classpath> bench/Assistant.java <questions.tsv> <seconds>

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.nafitha.assistant.internal.ServiceIndex;
import org.nafitha.catalogue.Catalogue;

public class Assistant {

    public static void main(String[] args) throws Exception {
        var questions = Files.readAllLines(Path.of(args[0])).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        double seconds = Double.parseDouble(args[1]);
        var index = ServiceIndex.of(new Catalogue().all());
        // Warm-up: both paths, so neither pays for class loading or cold caches.
        run(questions, index::codes, Math.max(1, seconds / 3));
        run(questions, index::bare, Math.max(1, seconds / 3));
        var ours = run(questions, index::codes, seconds);
        var bare = run(questions, index::bare, seconds);
        System.out.printf("ours: %.0f questions/s, p50 %.3f ms p95 %.3f ms (lexicon, dialect forms, spelling fallback, "
                + "BM25 on 6 fields, explains-check)%n", ours.rate(), ours.p50(), ours.p95());
        System.out.printf("limit: bare TermQuery on the names %.0f questions/s, p50 %.3f ms p95 %.3f ms%n",
                bare.rate(), bare.p50(), bare.p95());
        System.out.printf("(%d distinct questions, %d services)%n", questions.size(), new Catalogue().all().size());
        System.out.printf("assistant: %.0f questions/s p95 %.3f ms (ratio %.2f of a bare Lucene TermQuery's %.0f questions/s, "
                        + "p95 %.3f ms, measured in the same run)%n", ours.rate(), ours.p95(), ours.rate() / bare.rate(),
                bare.rate(), bare.p95());
    }

    record Result(double rate, double p50, double p95) {
    }

    static Result run(List<String> questions, Function<String, List<String>> ask, double seconds) {
        var times = new long[1 << 22];
        int n = 0;
        long sink = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long started = System.nanoTime();
        while (System.nanoTime() < end && n < times.length) {
            var q = questions.get(n % questions.size());
            long t0 = System.nanoTime();
            sink += ask.apply(q).size();
            times[n++] = System.nanoTime() - t0;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        var sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        if (sink < 0) System.out.println(sink);
        return new Result(n / elapsed, sorted[(int) (n * 0.50)] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.95))] / 1e6);
    }
}
