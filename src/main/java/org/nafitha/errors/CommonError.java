package org.nafitha.errors;

/**
 * Refusals every module answers alike. {@link #INVALID}: some fields of the request are wrong, each field's
 * text under the problem's {@code errors}; its code {@code api.invalid} and its text under
 * {@code portal.api.invalid} were published before this enum (the key stays in portal's part of the bundles).
 * {@link #UPLOAD_TOO_LARGE}: the portal answers it for every module's uploads, with documents' code.
 */
public enum CommonError implements ErrorCode {
    INVALID(422, "api.invalid", "portal.api.invalid"),
    /** An upload over the request limit, refused before any module read it; its code and text are documents'. */
    UPLOAD_TOO_LARGE(413, "documents.refused.TOO_LARGE", "documents.refused.TOO_LARGE");

    private final Definition definition;

    CommonError(int status, String code, String messageKey) {
        this.definition = new Definition(status, code, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
