///usr/bin/env java "$0" "$@"; exit $?
// OCR throughput on generated Arabic scans (tests' ArabicScans: Naskh at ~300 dpi, ±1.5° rotation,
// noise), one page at a time: the application's PageReader with its Tesseract engine (temporary
// file, text and word confidences in one run, bidi marks removed) against the limit measured in the
// same run on the same pages: the bare `tesseract page.png stdout -l ara+eng --psm 6`.
// Also prints the character accuracy against the known text. Run by `bench/run ocr`; needs the
// application's classpath, target/classes and ArabicScans from target/test-classes.
//
//   java -cp <classpath> bench/Ocr.java <pages> <work-dir>

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nafitha.documents.ocr.ArabicScans;
import org.nafitha.documents.ocr.OcrProperties;
import org.nafitha.documents.ocr.PageReader;
import org.nafitha.documents.ocr.TesseractOcr;

public class Ocr {

    static final Path TESSERACT = Path.of("/usr/bin/tesseract");
    static final String[] LINES = {"المملكة العربية السعودية", "وزارة الداخلية", "المديرية العامة للجوازات",
            "أحمد بن علي الزهراني", "نورة بنت سعد القحطاني", "خالد بن فهد العتيبي", "مدرسة الملك فهد الثانوية",
            "طلب تجديد جواز سفر", "صورة الهوية الوطنية", "عقد الإيجار المصدق", "إقامة نظامية سارية المفعول",
            "محضر استلام وثائق", "شهادة إتمام المرحلة الثانوية", "تقرير عن مخالفة مرورية", "بلدية محافظة جدة",
            "Residence permit renewal", "Passport application"};

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        var work = Files.createDirectories(Path.of(args[1]));
        var random = new Random(7);
        var pages = new ArrayList<byte[]>();
        var texts = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var lines = new ArrayList<String>();
            for (int l = 0; l < 8; l++) lines.add(LINES[random.nextInt(LINES.length)]);
            pages.add(ArabicScans.page(lines, i, 1.5));
            texts.add(String.join("\n", lines));
        }
        var files = new ArrayList<Path>();
        for (int i = 0; i < count; i++) files.add(Files.write(work.resolve("page-" + i + ".png"), pages.get(i)));

        // warm-up: one page each way
        bare(files.getFirst());
        var properties = new OcrProperties(TESSERACT, "ara+eng", Duration.ofSeconds(120), 1, 300, 50, 6);
        var reader = new PageReader(new TesseractOcr(properties), properties);
        reader.read(pages.getFirst(), "image/png");

        // Alternating page by page, so both see the same machine (2 shared cores vary by the minute).
        long bareNanos = 0, oursNanos = 0;
        double accuracy = 0;
        int characters = 0;
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            bare(files.get(i));
            long t1 = System.nanoTime();
            var read = reader.read(pages.get(i), "image/png").getFirst();
            long t2 = System.nanoTime();
            bareNanos += t1 - t0;
            oursNanos += t2 - t1;
            accuracy += ArabicScans.characterAccuracy(texts.get(i), read.text()) * texts.get(i).length();
            characters += texts.get(i).length();
        }
        double bareSeconds = bareNanos / 1e9;
        double oursSeconds = oursNanos / 1e9;
        double bareRate = count * 60 / bareSeconds;
        double oursRate = count * 60 / oursSeconds;
        System.out.printf("limit: bare tesseract CLI %.1f pages/min (%d pages of 8 lines, one at a time)%n", bareRate, count);
        System.out.printf("ours: PageReader + TesseractOcr %.1f pages/min, character accuracy %.3f%n", oursRate,
                accuracy / characters);
        System.out.printf("ocr: %.1f pages/min (ratio %.2f of bare tesseract CLI %.1f pages/min measured in the same run)%n",
                oursRate, oursRate / bareRate, bareRate);
    }

    static void bare(Path file) throws Exception {
        var process = new ProcessBuilder(TESSERACT.toString(), file.toString(), "stdout", "-l", "ara+eng", "--psm", "6")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().put("OMP_THREAD_LIMIT", "1");
        if (process.start().waitFor() != 0) throw new IllegalStateException("tesseract failed on " + file);
    }
}
