package org.nafitha.documents;

/** How widely a document may be seen, from least to most restricted. */
public enum Classification {
    PUBLIC, INTERNAL, CONFIDENTIAL, SECRET;

    /** Whether a reader cleared to {@code clearance} may see a document of this classification. */
    public boolean readableWith(Classification clearance) {
        return compareTo(clearance) <= 0;
    }
}
