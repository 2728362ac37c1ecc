package org.nafitha.cases.internal;

/**
 * Why a step on a case was refused. Each has a message {@code cases.refusal.<name>} and an HTTP
 * status for the API.
 */
public enum Refusal {
    NOT_FOUND(404),
    NOT_ALLOWED_IN_STATE(409),
    ROLE_NOT_PERMITTED(403),
    REASON_REQUIRED(422),
    FOUR_EYES(409),
    CONFLICT(409),
    UNKNOWN_ACTION(422);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "cases.refusal." + name();
    }
}
