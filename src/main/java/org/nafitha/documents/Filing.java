package org.nafitha.documents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a document is filed in the archive: which department holds it, how restricted it is,
 * its own date and reference, and a title for search results.
 */
public record Filing(@Nullable String department, Classification classification, @Nullable LocalDate date,
                     @Nullable String reference, @Nullable String title, Source source) {

    /** A citizen's upload to a case: internal, no department until a case routes it. */
    public static final Filing UPLOAD = new Filing(null, Classification.INTERNAL, null, null, null, Source.UPLOAD);

    public enum Source { UPLOAD, BULK_IMPORT }
}
