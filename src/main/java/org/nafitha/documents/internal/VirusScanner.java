package org.nafitha.documents.internal;

/**
 * Scans an upload before it is stored. Without a configured scanner every file passes; with one,
 * a file is refused when the scanner finds something or cannot answer (we fail closed).
 */
public interface VirusScanner {

    Verdict scan(byte[] bytes);

    sealed interface Verdict {
    }

    record Clean() implements Verdict {
    }

    record Infected(String signature) implements Verdict {
    }

    record Unavailable(String why) implements Verdict {
    }

    /** Used while no scanner is configured. */
    VirusScanner NONE = bytes -> new Clean();
}
