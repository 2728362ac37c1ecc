package org.nafitha.cases.internal;

import org.nafitha.documents.StoredDocument;
import org.nafitha.documents.UploadOutcome;

public sealed interface AttachOutcome {

    record Attached(StoredDocument document, String caseStatus) implements AttachOutcome {
    }

    record Refused(UploadOutcome.Reason reason) implements AttachOutcome {
    }

    record NotFound() implements AttachOutcome {
    }

    /** The service has no file field of that name. */
    record UnknownKind() implements AttachOutcome {
    }

    /** The case is decided; nothing more can be added. */
    record Closed() implements AttachOutcome {
    }
}
