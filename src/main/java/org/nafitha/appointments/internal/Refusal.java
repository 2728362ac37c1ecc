package org.nafitha.appointments.internal;

import org.nafitha.errors.ErrorCode;

/**
 * Why a booking, change or check-in was refused: each has a message key
 * {@code appointments.refusal.<name>} (or, for the API's first refusals, the code it published then)
 * and the HTTP status the API answers with.
 */
public enum Refusal implements ErrorCode {
    UNKNOWN_SERVICE(404), NOT_BY_APPOINTMENT(422), UNKNOWN_OFFICE(404), NOT_OFFERED_HERE(422),
    NOT_AN_APPLICANT(403), NO_MANDATE(403), INVALID_CASE_REFERENCE(422), CASE_NOT_CITABLE(422), INVALID_START(422),
    PAST(422), HOLIDAY(422), CLOSED(422), CUT_OFF(409), NOT_OPEN_YET(409), FULL(409), ALREADY_BOOKED(409),
    ALREADY_IN_DRAW(409), QUOTA(409), RATE_LIMITED(429), NOT_FOUND(404), NOT_ACTIVE(409), KEY_REUSED(422),
    NOT_TODAY(409), WRONG_OFFICE(409), ALREADY_CHECKED_IN(409),
    /**
     * The API's first refusals, published under these keys: free slots asked for a range that is no range
     * of days or too long, and a booking without its Idempotency-Key.
     */
    BAD_RANGE(400, "appointments.api.badRange"),
    IDEMPOTENCY_KEY_REQUIRED(400, "appointments.api.idempotencyKeyRequired");

    private final Definition definition;

    Refusal(int status) {
        this.definition = Definition.keyed(status, "appointments.refusal." + name());
    }

    Refusal(int status, String messageKey) {
        this.definition = Definition.keyed(status, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
