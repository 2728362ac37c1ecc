package org.nafitha.notifications.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the notifications API refused a request. The code and message key of each were published before this
 * enum and stay as they were.
 */
enum NotificationsError implements ErrorCode {
    /** A device registered without an Idempotency-Key header of 8 to 64 Latin letters, digits and dashes. */
    IDEMPOTENCY_KEY_REQUIRED(400, "notify.IDEMPOTENCY_KEY_REQUIRED", "notifications.notify.devices.error.idempotencyKey");

    private final Definition definition;

    NotificationsError(int status, String code, String messageKey) {
        this.definition = new Definition(status, code, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
