package org.nafitha.portal.web;

import java.io.IOException;

/** A body sent without a length grew past the limit while it was read. */
class BodyTooLarge extends IOException {

    private final long max;

    BodyTooLarge(long max) {
        super("The request body is larger than " + max + " bytes");
        this.max = max;
    }

    long max() {
        return max;
    }
}
