package org.nafitha.documents;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stored object failed its integrity check: its bytes on disk were changed or belong to another
 * document. The document is not handed out, rather than handing out altered bytes.
 */
public class DocumentTampered extends IllegalStateException {

    private static final Logger log = LoggerFactory.getLogger(DocumentTampered.class);

    public DocumentTampered(String sha256, @Nullable Throwable cause) {
        super("Stored document " + sha256 + " failed its integrity check", cause);
        // Someone changed the store behind the platform's back, or the disk is failing: operators must know.
        log.error("INTEGRITY: stored document {} failed authentication", sha256);
    }

    public DocumentTampered(String sha256) {
        this(sha256, null);
    }
}
