package org.nafitha.documents.internal;

import org.apache.commons.codec.digest.DigestUtils;

/** The SHA-256 of a document's bytes, in lower-case hex: its address in the store. */
public final class ContentAddress {

    private ContentAddress() {
    }

    public static String of(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
