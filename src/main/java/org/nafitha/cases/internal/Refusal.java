package org.nafitha.cases.internal;

import org.nafitha.errors.ErrorCode;
import org.nafitha.identity.MandateCheck;

/**
 * Why something asked of a case was refused: an HTTP status for the API, a published code and a message
 * key. A step's refusal has the code and key {@code cases.refusal.<name>}; the refusals the API published
 * first under other codes keep them ({@code cases.notFound}, {@code staff.note.EMPTY} worded by
 * {@code cases.staff.note.EMPTY}, a mandate's refusal as {@code identity.mandate.<reason>}, an appeal's
 * as {@code cases.appeal.<reason>}).
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
    NOT_ELIGIBLE(422),
    /** No such case, or not one the caller may see: the same answer, so nothing leaks. */
    CASE_NOT_FOUND(404, "cases.notFound"),
    IDEMPOTENCY_KEY_REQUIRED(400, "cases.idempotencyKeyRequired"),
    IDEMPOTENCY_KEY_REUSED(422, "cases.idempotencyKeyReused"),
    SERVICE_CODE_REQUIRED(422, "cases.serviceCodeRequired"),
    UNKNOWN_SERVICE(404, "cases.unknownService"),
    NOT_AN_APPLICANT(403, "cases.notAnApplicant"),
    /** The service is not open to someone with unpaid traffic fines; the fines are listed beside. */
    UNPAID_FINES(422, "cases.unpaidFines"),
    UNKNOWN_DOCUMENT_KIND(422, "cases.unknownDocumentKind"),
    /** The case is closed: nothing more is attached to it. */
    CLOSED(409, "cases.closed"),
    NOTE_NOT_PERMITTED(403, "staff.note.NOT_PERMITTED", "cases.staff.note.NOT_PERMITTED"),
    NOTE_EMPTY(422, "staff.note.EMPTY", "cases.staff.note.EMPTY"),
    NOTE_TOO_LONG(422, "staff.note.TOO_LONG", "cases.staff.note.TOO_LONG"),
    /** Applying for someone else without a mandate identity accepts: the code identity's reason publishes. */
    MANDATE_NONE(403, "identity.mandate.NONE"),
    MANDATE_EXPIRED(403, "identity.mandate.EXPIRED"),
    MANDATE_REVOKED(403, "identity.mandate.REVOKED"),
    MANDATE_OUT_OF_SCOPE(403, "identity.mandate.OUT_OF_SCOPE"),
    /** An appeal of a case that was not refused (or is itself an appeal), or after the appeal period. */
    APPEAL_NOT_REFUSED(409, "cases.appeal.notRefused"),
    APPEAL_TOO_LATE(409, "cases.appeal.tooLate"),
    /** An appeal's grounds: at least ten characters, at most a note's length. */
    APPEAL_GROUNDS_REQUIRED(422, "cases.appeal.groundsRequired"),
    APPEAL_GROUNDS_TOO_LONG(422, "cases.appeal.groundsTooLong");

    private final Definition definition;

    Refusal(int status) {
        this.definition = Definition.keyed(status, "cases.refusal." + name());
    }

    Refusal(int status, String code) {
        this.definition = Definition.keyed(status, code);
    }

    Refusal(int status, String code, String messageKey) {
        this.definition = new Definition(status, code, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** The refusal of a mandate identity refused, for each of its reasons. */
    public static Refusal mandate(MandateCheck.Reason reason) {
        return switch (reason) {
            case NONE -> MANDATE_NONE;
            case EXPIRED -> MANDATE_EXPIRED;
            case REVOKED -> MANDATE_REVOKED;
            case OUT_OF_SCOPE -> MANDATE_OUT_OF_SCOPE;
        };
    }
}
