package org.nafitha.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A family's request as filled in, before any rule is checked. {@code visitOn} is the visit's day or,
 * for a temporary release, the occasion's; {@code amountMinor} a deposit in the currency's minor units.
 */
public record Submission(RequestType type, @Nullable LocalDate visitOn, @Nullable String details,
                         @Nullable Occasion occasion, @Nullable Long amountMinor, @Nullable String documentName,
                         byte @Nullable [] document) {

    /** Every field the type needs and lacks, all at once, so a form shows each beside its field. */
    public List<DetentionError> missing() {
        var missing = new ArrayList<DetentionError>();
        var dated = type == RequestType.VISIT || type == RequestType.VIDEO_VISIT || type == RequestType.TEMPORARY_RELEASE;
        if (dated && visitOn == null) missing.add(DetentionError.DATE_REQUIRED);
        if (type == RequestType.ASSISTANCE && (details == null || details.isBlank())) {
            missing.add(DetentionError.DETAILS_REQUIRED);
        }
        if (type == RequestType.TEMPORARY_RELEASE && occasion == null) missing.add(DetentionError.OCCASION_REQUIRED);
        if (type == RequestType.TEMPORARY_RELEASE && (document == null || document.length == 0)) {
            missing.add(DetentionError.DOCUMENT_REQUIRED);
        }
        if (type == RequestType.DEPOSIT && (amountMinor == null || amountMinor <= 0)) missing.add(DetentionError.BAD_AMOUNT);
        return missing;
    }
}
