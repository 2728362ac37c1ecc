package org.nafitha.issuance.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the issuance API refused a request. The codes were published before this enum and stay as they were:
 * the delivery's and the verifier's are their message keys, the issued document's has its words under
 * {@code issuance.} and its code.
 */
enum IssuanceError implements ErrorCode {
    /** The case is the caller's but has no document yet. */
    DOCUMENT_NOT_ISSUED(404, "api.document.notIssued", "issuance.api.document.notIssued"),
    /** Too many verifications from one address within the minute (answered with Retry-After). */
    VERIFY_THROTTLED(429, "issuance.verify.throttled", "issuance.verify.throttled"),
    /** A delivery chosen without an Idempotency-Key header (or one over 100 characters). */
    DELIVERY_KEY_REQUIRED(400, "issuance.delivery.key-required", "issuance.delivery.key-required"),
    DELIVERY_NOT_FOUND(404, "issuance.delivery.not-found", "issuance.delivery.not-found"),
    DELIVERY_ALREADY_CHOSEN(409, "issuance.delivery.already-chosen", "issuance.delivery.already-chosen"),
    /** Some fields of the delivery are wrong, each under the problem's {@code errors}. */
    DELIVERY_INVALID(422, "issuance.delivery.invalid", "issuance.delivery.invalid");

    private final Definition definition;

    IssuanceError(int status, String code, String messageKey) {
        this.definition = new Definition(status, code, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
