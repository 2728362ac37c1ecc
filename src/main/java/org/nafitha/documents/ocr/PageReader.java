package org.nafitha.documents.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import java.io.ByteArrayOutputStream;

/**
 * Turns a stored document into the text of its pages: an image is one page for OCR; a PDF page
 * keeps its own text layer when it has one (born-digital), and is rendered and read by OCR when
 * it is a scan.
 */
public class PageReader {

    /** Fewer letters than this on a PDF page and it is treated as a scan. */
    private static final int TEXT_LAYER_MINIMUM = 20;

    private final OcrEngine engine;
    private final OcrProperties properties;

    public PageReader(OcrEngine engine, OcrProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    public static boolean readable(String mediaType) {
        return mediaType.startsWith("image/") || "application/pdf".equals(mediaType);
    }

    /** Whether reading this type needs the OCR engine at all (a PDF may carry its own text). */
    public boolean canRead(String mediaType) {
        return engine.available() || "application/pdf".equals(mediaType);
    }

    public List<ReadPage> read(byte[] bytes, String mediaType) throws OcrEngine.OcrFailed {
        return "application/pdf".equals(mediaType) ? readPdf(bytes) : List.of(readImage(bytes, 1));
    }

    private ReadPage readImage(byte[] bytes, int pageNo) throws OcrEngine.OcrFailed {
        Path file = null;
        try {
            file = Files.createTempFile("nafitha-page", ".img");
            Files.write(file, bytes);
            var text = engine.read(file);
            return new ReadPage(pageNo, text.text(), engine.name(), text.confidence());
        } catch (IOException e) {
            throw new OcrEngine.OcrFailed("could not write the page for OCR", e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    private List<ReadPage> readPdf(byte[] bytes) throws OcrEngine.OcrFailed {
        try (var pdf = Loader.loadPDF(bytes)) {
            var pages = new ArrayList<ReadPage>();
            var stripper = new PDFTextStripper();
            var renderer = new PDFRenderer(pdf);
            int count = Math.min(pdf.getNumberOfPages(), properties.maxPages());
            for (int i = 1; i <= count; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                var text = stripper.getText(pdf).strip();
                if (text.codePoints().filter(Character::isLetter).count() >= TEXT_LAYER_MINIMUM) {
                    pages.add(new ReadPage(i, text, "pdf-text", 100f));
                } else if (engine.available()) {
                    pages.add(readImage(png(renderer.renderImageWithDPI(i - 1, properties.dpi(), ImageType.GRAY)), i));
                } else {
                    pages.add(new ReadPage(i, text, "pdf-text", 100f));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new OcrEngine.OcrFailed("the PDF could not be read: " + e.getMessage(), false);
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
