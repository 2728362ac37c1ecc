package org.nafitha.documents.internal;

import java.util.Optional;

/**
 * Bytes by their SHA-256. The file-system store is the default; an S3-compatible store can take
 * its place behind this interface.
 */
public interface ContentStore {

    /** Stores the bytes under their hash; storing the same bytes again is a no-op. */
    void put(String sha256, byte[] bytes);

    Optional<byte[]> get(String sha256);

    /** Deletes the bytes stored under this hash (erasure at the end of a retention period); absent is no error. */
    void remove(String sha256);
}
