package org.nafitha.documents.internal;

import java.nio.charset.StandardCharsets;

/**
 * Where file formats put their markers, to find bytes that are two formats at once. A PDF reader
 * finds {@code %PDF-} anywhere in the first kilobyte; a ZIP reader starts from the end-of-directory
 * record near the end of the file; images must start with their own magic number.
 */
final class Signatures {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private Signatures() {
    }

    static boolean polyglot(byte[] bytes, String detectedType) {
        boolean zip = indexOf(bytes, ZIP_END, Math.max(0, bytes.length - 65_557), bytes.length) >= 0
                || startsWith(bytes, ZIP_ENTRY);
        return switch (detectedType) {
            case "application/pdf" -> zip || startsWith(bytes, JPEG) || startsWith(bytes, PNG);
            case "image/jpeg", "image/png", "image/tiff", "image/gif" ->
                    zip || indexOf(bytes, PDF, 0, Math.min(bytes.length, 1024)) >= 0;
            default -> false;
        };
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return indexOf(bytes, prefix, 0, Math.min(bytes.length, prefix.length)) == 0;
    }

    static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (bytes[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
