package org.nafitha.documents;

import org.jspecify.annotations.Nullable;

/** Who reads a document and why: the reason lands in the audit trail. */
public record DocumentRead(String reader, String readerRole, @Nullable String caseReference, String purpose,
                           @Nullable String department) {
}
