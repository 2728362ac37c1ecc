package org.nafitha.documents;

/**
 * A stored object failed its integrity check: its bytes on disk were changed or belong to another
 * document. The document is not handed out, rather than handing out altered bytes.
 */
public class DocumentTampered extends IllegalStateException {

    public DocumentTampered(String sha256, Throwable cause) {
        super("Stored document " + sha256 + " failed its integrity check", cause);
    }

    public DocumentTampered(String sha256) {
        super("Stored document " + sha256 + " failed its integrity check");
    }
}
