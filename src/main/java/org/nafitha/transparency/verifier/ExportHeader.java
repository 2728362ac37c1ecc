package org.nafitha.transparency.verifier;

import java.util.List;

/**
 * The first line of a log export. {@code prefixEdge} holds the perfect subtree hashes of the
 * entries before {@code from} (highest first), so a range export can still be checked against
 * tree heads; {@code complete} says the export runs to the end of the log as the server saw it.
 */
public record ExportHeader(String format, long from, long to, boolean complete, List<String> prefixEdge,
                           String publicKey) {

    public static final String FORMAT = "nafitha-audit-export-v1";
}
