package org.nafitha.portal.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the API refused a request before any module read it: the input limits' and the paging's answers. The codes
 * were published before this enum and stay as they were (the input limits' are their message keys).
 */
enum PortalError implements ErrorCode {
    /** A body over the limit or nested too deeply; message arguments: the field (empty) and the limit in bytes. */
    INPUT_TOO_LARGE(413, "portal.input.tooLarge", "portal.input.tooLarge"),
    /** A field over its length; message arguments: the field and its limit in characters. */
    INPUT_TOO_LONG(413, "portal.input.tooLong", "portal.input.tooLong"),
    /** A page or size outside its bounds, the field's text under the problem's {@code errors}. */
    PAGING_REFUSED(400, "api.paging.refused", "portal.api.paging.refused");

    private final Definition definition;

    PortalError(int status, String code, String messageKey) {
        this.definition = new Definition(status, code, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
