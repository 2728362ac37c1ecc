package org.nafitha.documents.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nafitha.documents.ocr.OcrEngine.PageText;

/** What one Tesseract run wrote: the page's text ({@code txt}) and its words' confidences ({@code tsv}). */
final class TesseractOutput {

    private TesseractOutput() {
    }

    static PageText read(Path txt, Path tsv) throws IOException {
        // Tesseract wraps mixed-direction runs in bidi marks: the stored text is plain, the page sets the direction.
        var text = Files.readString(txt, StandardCharsets.UTF_8)
                .replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").strip();
        return new PageText(text, meanConfidence(Files.readAllLines(tsv, StandardCharsets.UTF_8)));
    }

    /** Mean of the words' confidences; TSV rows of level 5 are words, {@code -1} marks layout rows. */
    static float meanConfidence(List<String> tsv) {
        double sum = 0;
        int words = 0;
        for (var line : tsv) {
            var cells = line.split("\t");
            if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) continue;
            try {
                var confidence = Double.parseDouble(cells[10]);
                if (confidence < 0) continue;
                sum += confidence;
                words++;
            } catch (NumberFormatException e) {
                // the header row
            }
        }
        return words == 0 ? 0f : (float) (sum / words);
    }
}
