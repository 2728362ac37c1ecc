package org.nafitha.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * A page of a document as an image a browser shows: a scan as it is, a PDF page rendered. Staff
 * pages show uploads this way (the archive's scans, a municipality's decree) rather than embedding
 * the PDF: the Content-Security-Policy forbids frames, and no PDF viewer is needed.
 */
@Component
public class PageImages {

    private static final float VIEW_DPI = 110;

    public record PageImage(String mediaType, byte[] bytes) {
    }

    public Optional<PageImage> page(DocumentContent content, int page) throws IOException {
        var type = content.document().mediaType();
        if (type.startsWith("image/")) return page == 1 ? Optional.of(new PageImage(type, content.bytes())) : Optional.empty();
        if (!"application/pdf".equals(type)) return Optional.empty();
        try (var pdf = Loader.loadPDF(content.bytes())) {
            if (page < 1 || page > pdf.getNumberOfPages()) return Optional.empty();
            var image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, VIEW_DPI);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Optional.of(new PageImage("image/png", out.toByteArray()));
        }
    }

    /** How many pages {@link #page} can show: 1 for an image, a PDF's page count, 0 for anything else. */
    public int pageCount(DocumentContent content) throws IOException {
        var type = content.document().mediaType();
        if (type.startsWith("image/")) return 1;
        if (!"application/pdf".equals(type)) return 0;
        try (var pdf = Loader.loadPDF(content.bytes())) {
            return pdf.getNumberOfPages();
        }
    }
}
