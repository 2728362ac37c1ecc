package org.nafitha.detention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A family's request as filled in, before any rule is checked. {@code visitOn} is the visit's day or,
 * for a temporary release, the occasion's; {@code amountMinor} a deposit in the currency's minor units.
 * {@code interpreter}: a video visit's family member asks for a sign-language interpreter in the call
 * (null when not said at all: then as their recorded accessibility needs say), with their note.
 */
public record Submission(RequestType type, @Nullable LocalDate visitOn, @Nullable String details,
                         @Nullable Occasion occasion, @Nullable Long amountMinor, @Nullable String documentName,
                         byte @Nullable [] document, @Nullable Boolean interpreter, @Nullable String interpreterNote) {

    /** Longest note kept about the interpreting asked for. */
    public static final int INTERPRETER_NOTE_LENGTH = 300;

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
        if (interpreterNote != null && interpreterNote.strip().length() > INTERPRETER_NOTE_LENGTH) {
            missing.add(DetentionError.INTERPRETER_NOTE_TOO_LONG);
        }
        return missing;
    }
}
