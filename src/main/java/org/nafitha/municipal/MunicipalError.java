package org.nafitha.municipal;

import org.nafitha.errors.ErrorCode;

/** Why a municipal request was refused: a stable code, its HTTP status, message key {@code municipal.error.<code>}. */
public enum MunicipalError implements ErrorCode {
    NOT_FOUND(404),
    IDEMPOTENCY_KEY_REQUIRED(400),
    NOT_MUNICIPAL_STAFF(403),
    NOT_YOUR_MUNICIPALITY(403),
    MUNICIPALITY_UNKNOWN(400),
    NATIONAL_ID_INVALID(400),
    NAME_REQUIRED(400),
    NAME_TOO_LONG(400),
    NAME_HAS_DIGITS(400),
    NAME_HAS_SYMBOLS(400),
    NAME_MIXES_SCRIPTS(400),
    BIRTH_DATE_INVALID(400),
    BIRTH_DATE_IN_FUTURE(400),
    BIRTH_YEAR_INVALID(400),
    BIRTH_DATE_AND_YEAR_DIFFER(400),
    ROLE_INVALID(400),
    POSITION_REQUIRED(400),
    OFFICIAL_NAME_REQUIRED(400),
    MOBILE_INVALID(400),
    USERNAME_INVALID(400),
    USERNAME_TAKEN(409),
    PASSWORD_WEAK(400),
    DOCUMENT_REQUIRED(400),
    DOCUMENT_REFUSED(400),
    CODE_WRONG(422),
    CODE_EXPIRED(422),
    NOT_AWAITING_CODE(409),
    NOT_MUNICIPAL_AFFAIRS(403),
    REASON_REQUIRED(400),
    ALREADY_DECIDED(409),
    FOUR_EYES(409),
    VERDICT_INVALID(400),
    /** Too many registrations from one address, or SMS codes to one number, within the hour. */
    TOO_MANY_REGISTRATIONS(429),

    // complaints and the operations room
    CATEGORY_UNKNOWN(400),
    DESCRIPTION_REQUIRED(400),
    DESCRIPTION_TOO_LONG(400),
    POINT_INVALID(400),
    CONTACT_NAME_TOO_LONG(400),
    CHANNEL_INVALID(400),
    TOO_MANY_ATTACHMENTS(400),
    NOT_ALLOWED_TO_FILE(403),
    NOT_ALLOWED_TO_CLOSE(403),
    RESOLUTION_REQUIRED(400),
    ALREADY_CLOSED(409),
    STATUS_INVALID(400),

    // Household assessments and aid (issue 23): the form's rules, the filing and the aid decision.
    FORM_UNKNOWN(400),
    FORM_NOT_FOUND(404),
    FIELD_REQUIRED(400),
    FIELD_UNKNOWN(400),
    FIELD_TOO_LONG(400),
    FIELD_PATTERN(400),
    FIELD_NOT_A_NUMBER(400),
    FIELD_BELOW_MIN(400),
    FIELD_ABOVE_MAX(400),
    FIELD_NOT_A_DATE(400),
    FIELD_DATE_IN_FUTURE(400),
    FIELD_CHOICE_UNKNOWN(400),
    FIELD_NOT_YES_NO(400),
    MEMBERS_TOO_FEW(400),
    MEMBERS_TOO_MANY(400),
    ASSESSMENT_NOT_FOUND(404),
    /** A filed assessment is a record: it is not edited, and filed once. */
    ASSESSMENT_ALREADY_FILED(409),
    ASSESSMENT_NOT_FILED(409),
    NOT_AID_DECIDER(403),
    AID_OUTCOME_INVALID(400),
    AID_KIND_INVALID(400),
    AID_AMOUNT_INVALID(400),
    AID_REASON_REQUIRED(400),
    AID_ALREADY_DECIDED(409),

    // Verifying registrations with four eyes (proposal, then a second person's confirmation)
    /** The registration is already proposed verified: a second person confirms it. */
    ALREADY_PROPOSED(409),
    /** A confirmation with no proposal to confirm. */
    NOT_PROPOSED(409),
    /** A bulk action with no registration ticked. */
    NOTHING_CHOSEN(400),
    REASON_TOO_LONG(400);

    private final Definition definition;

    MunicipalError(int status) {
        this.definition = Definition.named(status, "municipal.", "municipal.error.", name());
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
