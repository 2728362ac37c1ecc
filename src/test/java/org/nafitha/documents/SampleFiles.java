package org.nafitha.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Scanned pages and bad files, made here rather than checked in, so each test says what it holds. */
public final class SampleFiles {

    /** Where the fake camera puts its position, to prove it is gone after cleaning. */
    public static final String GPS_MARKER = "GPS 24.7136N 46.6753E";
    /** The anti-virus test file every scanner knows; harmless. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private SampleFiles() {
    }

    /** A scanned page: a white sheet with a heading band and lines of "text". */
    public static byte[] scan(String format, int seed) {
        var image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(20, 60 + seed * 17 % 150, 90));
        g.fillRect(20, 20, 200, 30);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int line = 0; line < 12; line++) g.fillRect(20, 70 + line * 18, 120 + (line * 37 + seed * 11) % 80, 6);
        g.drawString("No. " + seed, 24, 300);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalArgumentException(format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment naming the camera and where the picture was taken. */
    public static byte[] jpegWithExif() {
        var jpeg = scan("jpeg", 3);
        var payload = ("Exif\0\0MM\0*\0\0\0\bCanon EOS " + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A one-page PDF with a line of text (Latin: the standard fonts have no Arabic). */
    public static byte[] pdf(String line) {
        return save(pdf -> {
            try (var content = new PDPageContentStream(pdf, pdf.getPage(0))) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
        });
    }

    public static byte[] encryptedPdf() {
        return save(pdf -> {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
        });
    }

    public static byte[] pdfWithJavaScript() {
        return save(pdf -> pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');")));
    }

    public static byte[] pdfWithAttachment() {
        return save(pdf -> {
            var file = new PDEmbeddedFile(pdf, new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII)));
            var spec = new PDComplexFileSpecification();
            spec.setFile("invoice.exe");
            spec.setEmbeddedFile(file);
            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("invoice.exe", spec));
            var names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            pdf.getDocumentCatalog().setNames(names);
        });
    }

    /** A PDF that is also a ZIP: PDF readers start at the front, ZIP readers at the back. */
    public static byte[] pdfZipPolyglot() {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.html"));
            out.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var pdf = pdf("polyglot");
        var both = Arrays.copyOf(pdf, pdf.length + zip.size());
        System.arraycopy(zip.toByteArray(), 0, both, pdf.length, zip.size());
        return both;
    }

    /** A JPEG whose first kilobyte also holds a PDF header, so PDF readers open it too. */
    public static byte[] jpegPdfPolyglot() {
        var jpeg = scan("jpeg", 4);
        var comment = "%PDF-1.4 1 0 obj<<>>endobj".getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.writeBytes(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A TIFF cut off after its header: a scanner that crashed mid-page. */
    public static byte[] unreadableTiff() {
        return Arrays.copyOf(scan("tiff", 5), 64);
    }

    private interface Shaping {
        void shape(PDDocument pdf) throws IOException;
    }

    private static byte[] save(Shaping shaping) {
        try (var pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            shaping.shape(pdf);
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
