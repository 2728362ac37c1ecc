package org.nafitha.documents.internal;

import org.apache.tika.Tika;
import org.nafitha.documents.UploadOutcome.Reason;
import org.springframework.stereotype.Component;

/**
 * What happens to a file between "its type is allowed" and "store it": the virus scan, a name that
 * lies about the content, files that are two types at once, and type-specific checks that also
 * clean the file (images re-encoded without their metadata, PDFs refused when they carry scripts,
 * attachments or encryption).
 */
@Component
public class UploadChecks {

    private static final Tika NAMES = new Tika();

    private final VirusScanner scanner;

    public UploadChecks(VirusScanner scanner) {
        this.scanner = scanner;
    }

    /** What to store, or why not. */
    public sealed interface Checked {
    }

    public record Accepted(byte[] bytes) implements Checked {
    }

    public record Refused(Reason reason) implements Checked {
    }

    public Checked check(byte[] bytes, String filename, String detectedType) {
        if (!extensionFits(filename, detectedType)) return new Refused(Reason.EXTENSION_MISMATCH);
        if (Signatures.polyglot(bytes, detectedType)) return new Refused(Reason.POLYGLOT);
        switch (scanner.scan(bytes)) {
            case VirusScanner.Infected infected -> {
                return new Refused(Reason.INFECTED);
            }
            case VirusScanner.Unavailable unavailable -> {
                return new Refused(Reason.SCAN_FAILED);
            }
            case VirusScanner.Clean clean -> {
            }
        }
        return switch (detectedType) {
            case "image/jpeg", "image/png", "image/tiff" -> ImageCleaning.reencode(bytes, detectedType);
            case "application/pdf" -> PdfChecks.check(bytes);
            default -> new Accepted(bytes);
        };
    }

    /** A name without an extension, or with one we do not know, says nothing; a known other one lies. */
    static boolean extensionFits(String filename, String detectedType) {
        var byName = NAMES.detect(filename);
        return "application/octet-stream".equals(byName) || byName.equals(detectedType);
    }
}
