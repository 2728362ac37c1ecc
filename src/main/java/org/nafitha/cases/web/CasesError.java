package org.nafitha.cases.web;

import org.nafitha.documents.UploadOutcome;
import org.nafitha.errors.CommonError;
import org.nafitha.errors.ErrorCode;

/**
 * Why the applications API refused an application's answers or an attached file, besides a case's own
 * {@code Refusal}s. Each code is its message key, as published before this enum: {@code cases.invalid}, and a
 * file's refusal as documents words it ({@code documents.refused.<reason>}).
 */
enum CasesError implements ErrorCode {
    /** Some answers of the form are wrong, each under the problem's {@code errors}. */
    INVALID(422, "cases.invalid"),
    UPLOAD_EMPTY(422, "documents.refused.EMPTY"),
    UPLOAD_TYPE_NOT_ALLOWED(415, "documents.refused.TYPE_NOT_ALLOWED"),
    UPLOAD_EXTENSION_MISMATCH(415, "documents.refused.EXTENSION_MISMATCH"),
    UPLOAD_POLYGLOT(415, "documents.refused.POLYGLOT"),
    UPLOAD_SCAN_FAILED(503, "documents.refused.SCAN_FAILED"),
    UPLOAD_ENCRYPTED(422, "documents.refused.ENCRYPTED"),
    UPLOAD_ACTIVE_CONTENT(422, "documents.refused.ACTIVE_CONTENT"),
    UPLOAD_UNREADABLE(422, "documents.refused.UNREADABLE"),
    UPLOAD_INFECTED(422, "documents.refused.INFECTED");

    private final Definition definition;

    CasesError(int status, String messageKey) {
        this.definition = Definition.keyed(status, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** A refused file; one over the size limit is the refusal the portal answers too, {@link CommonError#UPLOAD_TOO_LARGE}. */
    static ErrorCode upload(UploadOutcome.Reason reason) {
        return switch (reason) {
            case EMPTY -> UPLOAD_EMPTY;
            case TOO_LARGE -> CommonError.UPLOAD_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> UPLOAD_TYPE_NOT_ALLOWED;
            case EXTENSION_MISMATCH -> UPLOAD_EXTENSION_MISMATCH;
            case POLYGLOT -> UPLOAD_POLYGLOT;
            case SCAN_FAILED -> UPLOAD_SCAN_FAILED;
            case ENCRYPTED -> UPLOAD_ENCRYPTED;
            case ACTIVE_CONTENT -> UPLOAD_ACTIVE_CONTENT;
            case UNREADABLE -> UPLOAD_UNREADABLE;
            case INFECTED -> UPLOAD_INFECTED;
        };
    }
}
