///usr/bin/env java "$0" "$@"; exit $?
// Issued documents on one thread: each a birth certificate worded from the civil register, laid out
// by openhtmltopdf (Arabic shaping and bidi through ICU, Amiri embedded, PDF/A-2u), signed PAdES
// with the ministry key and stored with its verification code and audit entry, as the approval
// listener does. The limit measured in the same run: openhtmltopdf's bare one-line Latin page
// (no embedded font, no bidi, no signature, no database) on the same thread.
// Run by `bench/run pdf`; needs the application's classpath plus target/classes.
//
//   java -cp <classpath> bench/Pdf.java <jdbc-url> <user> <seconds> <work-dir>

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.nafitha.NafithaApplication;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.issuance.internal.IssuingDocuments;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

public class Pdf {

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        int seconds = Integer.parseInt(args[2]);
        var work = Path.of(args[3]);
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("server.port", "0");
        properties.put("nafitha.transparency.key-file", work.resolve("keys/transparency.key").toString());
        properties.put("nafitha.identity.key-dir", work.resolve("keys").toString());
        properties.put("nafitha.issuance.demo-key-dir", work.resolve("keys").toString());
        properties.put("nafitha.documents.store-dir", work.resolve("documents").toString());
        properties.put("nafitha.oversight.evaluate-every", "24h");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.com.openhtmltopdf", "WARN");
        java.util.logging.Logger.getLogger("com.openhtmltopdf").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.LogManager.getLogManager().reset();
        var context = new SpringApplicationBuilder(NafithaApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        try {
            var issuing = context.getBean(IssuingDocuments.class);
            var service = context.getBean(Catalogue.class).find("birth-certificate").orElseThrow();
            var sequence = new AtomicLong(700_000 + (System.currentTimeMillis() / 1000) % 100_000 * 10);
            Runnable issueOne = () -> issuing.issue(CaseReference.of("BRC", 2026, sequence.incrementAndGet()), service, "1000000008");
            Runnable barePage = () -> {
                var out = new ByteArrayOutputStream();
                var builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.withHtmlContent("<html><body><p>Birth certificate</p></body></html>", null);
                builder.toStream(out);
                try {
                    builder.run();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            run(barePage, 3);
            double limit = run(barePage, seconds);
            System.out.printf("limit: bare openhtmltopdf one-line page %.1f pages/s on one thread%n", limit);
            run(issueOne, 3);
            double ours = run(issueOne, seconds);
            System.out.printf("ours: %.1f issued documents/s (render + sign + store + audit) on one thread%n", ours);
            System.out.printf("pdf: %.1f signed PDFs/s (%.2f of a bare openhtmltopdf one-line page %.1f pages/s measured in the same run, one thread)%n",
                    ours, ours / limit, limit);
        } finally {
            context.close();
        }
    }

    private static double run(Runnable work, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L, start = System.nanoTime(), n = 0;
        while (System.nanoTime() < end) {
            work.run();
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
