package org.nafitha.meetings;

import org.nafitha.errors.ErrorCode;

/** Why a meeting refused: each has its HTTP status and message key ({@code meetings.error.<name>}). */
public enum MeetingError implements ErrorCode {
    /** Not a participant's meeting, or no such meeting: the same answer, so nothing leaks. */
    NOT_FOUND(404),
    NOT_OPEN_YET(409),
    OVER(409),
    WAITING_TO_BE_ADMITTED(409),
    /** The join token is unknown, for another room or person, used already or expired. */
    TOKEN_REFUSED(403),
    HOSTS_ONLY(403),
    CONNECTION_GONE(404),
    REQUEST_NOT_ALLOWED(422),
    /** A chat message that is empty or longer than the chat takes. */
    CHAT_TEXT(422),
    /** A video visit's family member joins only having accepted that the visit is recorded (and may be watched). */
    RECORDING_NOT_ACCEPTED(422),
    /** A security officer watching a visit subscribes to its feeds and never sends media or takes part. */
    VIEWERS_ONLY_WATCH(403),
    MEDIA_SERVER_DOWN(503),
    /** An interpreter is assigned only to a meeting whose person asked for one at booking. */
    INTERPRETER_NOT_ASKED(409),
    /** The one assigned must be an enabled member of staff with the interpreter's role. */
    NOT_AN_INTERPRETER(422),
    /** The chat beside the call is between the person and the host; the interpreter signs in the call. */
    INTERPRETERS_DO_NOT_CHAT(403),
    /** A chat message sent without an Idempotency-Key header (or one over 64 characters); its text was published
     *  under {@code meetings.chat.idempotencyKey} before this entry. */
    IDEMPOTENCY_KEY(400, "meetings.chat.idempotencyKey");

    private final Definition definition;

    MeetingError(int status) {
        this.definition = Definition.named(status, "meetings.", "meetings.error.", name());
    }

    MeetingError(int status, String messageKey) {
        this.definition = new Definition(status, "meetings." + name(), messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
