package org.nafitha.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Tesseract reads generated Arabic scans whose text is known, so the character accuracy is a
 * measurement, printed on every run, with a floor that catches a broken setup (wrong language
 * model, pages fed upside down, text mangled on the way back).
 */
class TesseractOcrTest {

    static final Path TESSERACT = Path.of("/usr/bin/tesseract");

    static final List<List<String>> PAGES = List.of(
            List.of("أحمد بن علي الزهراني", "مدرسة الملك فهد الثانوية", "شهادة إتمام المرحلة الثانوية"),
            List.of("نورة بنت سعد القحطاني", "طلب تجديد جواز سفر", "المديرية العامة للجوازات بالرياض"),
            List.of("محضر استلام وثائق", "تسلمت الإدارة صورة الهوية الوطنية", "وصورة عقد الإيجار المصدق"),
            List.of("خالد بن فهد العتيبي", "إقامة نظامية سارية المفعول", "Residence permit renewal"));

    @Test
    void readsGeneratedArabicScansWithUsefulAccuracy() throws Exception {
        assumeThat(Files.isExecutable(TESSERACT)).as("/usr/bin/tesseract is not installed (apt-get install "
                + "tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng); CI has it").isTrue();
        var ocr = new TesseractOcr(new OcrProperties(TESSERACT, "ara+eng", Duration.ofSeconds(60), 2, 300, 50, 0));
        var reader = new PageReader(ocr, new OcrProperties(TESSERACT, null, null, 0, 0, 0, 0));
        double total = 0;
        int characters = 0;
        for (int i = 0; i < PAGES.size(); i++) {
            var expected = String.join("\n", PAGES.get(i));
            var read = reader.read(ArabicScans.page(PAGES.get(i), 40 + i, 1.5), "image/png");
            assertThat(read).hasSize(1);
            assertThat(read.getFirst().engine()).isEqualTo("tesseract");
            assertThat(read.getFirst().confidence()).isBetween(1f, 100f);
            var accuracy = ArabicScans.characterAccuracy(expected, read.getFirst().text());
            System.out.printf("OCR page %d: character accuracy %.3f, confidence %.0f: %s%n", i + 1, accuracy,
                    read.getFirst().confidence(), read.getFirst().text().replace('\n', '|'));
            total += accuracy * expected.length();
            characters += expected.length();
        }
        var overall = total / characters;
        System.out.printf("OCR character accuracy on %d generated scans (±1.5° rotation, noise): %.3f%n",
                PAGES.size(), overall);
        assertThat(overall).isGreaterThan(0.9);
    }

    @Test
    void aDamagedScanIsUnreadableForGoodNotRetried() {
        assumeThat(Files.isExecutable(TESSERACT)).as("/usr/bin/tesseract is not installed; CI has it").isTrue();
        var properties = new OcrProperties(TESSERACT, null, null, 0, 0, 0, 0);
        var reader = new PageReader(new TesseractOcr(properties), properties);
        var damaged = new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'x', 'y'};
        Assertions.assertThatThrownBy(() -> reader.read(damaged, "image/png"))
                .isInstanceOfSatisfying(OcrEngine.OcrFailed.class, e -> assertThat(e.retryable()).as(e.getMessage()).isFalse());
        Assertions.assertThatThrownBy(() -> reader.read("%PDF-1.7 broken".getBytes(), "application/pdf"))
                .isInstanceOfSatisfying(OcrEngine.OcrFailed.class, e -> assertThat(e.retryable()).as(e.getMessage()).isFalse());
    }

    @Test
    void aMachineWithoutTesseractSaysSo() {
        var missing = new TesseractOcr(new OcrProperties(Path.of("/nonexistent/tesseract"), null, null, 0, 0, 0, 0));
        assertThat(missing.available()).isFalse();
        var reader = new PageReader(missing, new OcrProperties(null, null, null, 0, 0, 0, 0));
        assertThat(reader.canRead("image/png")).isFalse();
        assertThat(reader.canRead("application/pdf")).isTrue();
    }

    @Test
    void characterAccuracyIsOneMinusEditsOverLength() {
        assertThat(ArabicScans.characterAccuracy("أحمد", "أحمد")).isEqualTo(1.0);
        assertThat(ArabicScans.characterAccuracy("أحمد", "احمد")).isEqualTo(0.75);
        assertThat(ArabicScans.characterAccuracy("أحمد", "")).isEqualTo(0.0);
    }
}
