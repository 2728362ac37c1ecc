package org.nafitha.detention;

import org.nafitha.errors.ErrorCode;

/** Why a detention request was refused: a stable code, its HTTP status, message key {@code detention.error.<code>}. */
public enum DetentionError implements ErrorCode {
    NOT_FOUND(404),
    BAD_TYPE(422),
    VISITS_NOT_ALLOWED(422),
    NOT_A_VISITING_DAY(422),
    BLACKOUT_DAY(422),
    DATE_PASSED(422),
    DATE_REQUIRED(422),
    QUOTA_REACHED(422),
    DETAILS_REQUIRED(422),
    OCCASION_REQUIRED(422),
    DOCUMENT_REQUIRED(422),
    BAD_AMOUNT(422),
    DEPOSIT_CAP(422),
    IDEMPOTENCY_KEY_REQUIRED(400),
    NOT_YOUR_FACILITY(403),
    NOT_YOUR_DECISION(403),
    FOUR_EYES(403),
    REASON_REQUIRED(422),
    NOT_A_RELATIVE(422),
    CONTACT_EXISTS(409),
    ALREADY_DECIDED(409),
    /** A video visit is approved with its start time; the time given could not be read as HH:MM. */
    TIME_REQUIRED(422),
    TIME_UNREADABLE(422),
    TIME_PASSED(422),
    /** Message arguments: the video visiting hours' opening and closing time. */
    OUTSIDE_VISITING_HOURS(422),
    /** The family member's words about the sign-language interpreting they need are longer than kept. */
    INTERPRETER_NOTE_TOO_LONG(422);

    private final Definition definition;

    DetentionError(int status) {
        this.definition = Definition.named(status, "detention.", "detention.error.", name());
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
