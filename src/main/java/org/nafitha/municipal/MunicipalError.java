package org.nafitha.municipal;

/** Why a municipal request was refused: a stable code, its HTTP status, message key {@code municipal.error.<code>}. */
public enum MunicipalError {
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
    BIRTH_REQUIRED(400);

    private final int status;

    MunicipalError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "municipal.error." + name();
    }
}
