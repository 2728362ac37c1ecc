package org.nafitha.cases.internal;

import org.nafitha.errors.ErrorCode;

/**
 * Why a step on a case was refused. Each has a message {@code cases.refusal.<name>} and an HTTP
 * status for the API.
 */
public enum Refusal implements ErrorCode {
    NOT_FOUND(404),
    NOT_ALLOWED_IN_STATE(409),
    ROLE_NOT_PERMITTED(403),
    REASON_REQUIRED(422),
    FOUR_EYES(409),
    CONFLICT(409),
    UNKNOWN_ACTION(422),
    /** Staff other than the assignee (heads excepted) cannot act on an assigned case. */
    NOT_ASSIGNED(403),
    /** A refusal or request for information by staff must name one of the service's reasons. */
    REASON_CODE_REQUIRED(422),
    UNKNOWN_REASON(422),
    /** An appeal is decided by someone other than those who decided the case appealed. */
    FIRST_DECISION_MAKER(409),
    /** Only a head of the department may reassign; a reason is required; the new assignee must be eligible. */
    NOT_ELIGIBLE(422);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return messageKey();
    }

    @Override
    public String messageKey() {
        return "cases.refusal." + name();
    }
}
