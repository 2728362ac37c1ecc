package org.nafitha.analytics.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the analytics APIs refused a request: the code published as {@code analytics.<name>}, its HTTP
 * status, its text under {@code analytics.error.<name>}.
 */
enum AnalyticsError implements ErrorCode {
    /** A head asked for another department's figures. */
    OTHER_DEPARTMENT(403),
    /** Message argument: the longest period, in days. */
    BAD_PERIOD(400),
    /** Message argument: the service code asked for. */
    UNKNOWN_SERVICE(400),
    /** Message argument: the channels there are. */
    UNKNOWN_CHANNEL(400),
    /** Message argument: the department asked for. */
    UNKNOWN_DEPARTMENT(400),
    /** Message argument: the office code asked for. */
    UNKNOWN_OFFICE(400),
    UNKNOWN_MONTH(404),
    IDEMPOTENCY_KEY_REQUIRED(400),
    ALREADY_ANSWERED(409),
    NOT_ENDED(409);

    private final Definition definition;

    AnalyticsError(int status) {
        this.definition = Definition.named(status, "analytics.", "analytics.error.", name());
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
