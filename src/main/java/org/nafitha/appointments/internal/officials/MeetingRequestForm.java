package org.nafitha.appointments.internal.officials;

import org.jspecify.annotations.Nullable;

/**
 * What was posted on the request form; {@code submitKey} is the form's one-time token. {@code interpreter}:
 * a sign-language interpreter in a video meeting, asked or not; when not said at all (an API client that
 * does not know of it) it is what the person's recorded accessibility needs say.
 */
public record MeetingRequestForm(String officialId, String subject, String caseReference, String mode,
                                 String submitKey, @Nullable Boolean interpreter, String interpreterNote) {

    /** Longest note the person writes about the interpreting they need. */
    public static final int INTERPRETER_NOTE_LENGTH = 300;

    public MeetingRequestForm(String officialId, String subject, String caseReference, String mode, String submitKey) {
        this(officialId, subject, caseReference, mode, submitKey, null, "");
    }
}
