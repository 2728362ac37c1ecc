package org.nafitha.issuance.internal;

import org.nafitha.issuance.VerificationCode;
import org.springframework.stereotype.Service;

/** The public check of a code: malformed and unknown codes get the same neutral answer. */
@Service
public class VerifyingDocuments {

    private final IssuedDocuments documents;

    VerifyingDocuments(IssuedDocuments documents) {
        this.documents = documents;
    }

    public Verification verify(String typed) {
        return VerificationCode.parse(typed).flatMap(documents::find).map(Verification::of)
                .orElse(Verification.NOT_FOUND);
    }
}
