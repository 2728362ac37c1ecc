package org.nafitha.issuance.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.nafitha.issuance.DocumentStatus;

/**
 * What anyone may learn from a verification code: the same shape whether the code is unknown,
 * malformed or real, so the answer tells nothing beyond "found" or "not found".
 */
public record Verification(boolean found, @Nullable DocumentStatus status, @Nullable String typeAr,
                           @Nullable String typeEn, @Nullable LocalDate issuedOn, @Nullable String holderAr,
                           @Nullable String holderEn) {

    static final Verification NOT_FOUND = new Verification(false, null, null, null, null, null, null);

    static Verification of(IssuedDocument d) {
        return new Verification(true, d.status(), d.typeAr(), d.typeEn(), d.issuedOn(),
                HolderMask.mask(d.holderNameAr()), HolderMask.mask(d.holderNameEn()));
    }

    /** Genuine and still in force. */
    public boolean valid() {
        return found && status == DocumentStatus.VALID;
    }
}
