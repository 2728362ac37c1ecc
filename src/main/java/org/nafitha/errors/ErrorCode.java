package org.nafitha.errors;

/**
 * Why something was refused, as every module codes it: an enum of a module's refusals implements this.
 * The code is what an API client reads in the problem's {@code code} property and never changes once
 * published; the message key is the text in the reader's language; the status is the API's answer.
 */
public interface ErrorCode {

    /** The stable code published in problem+json, e.g. {@code payments.NOT_FOUND}; by default its message key. */
    default String code() {
        return messageKey();
    }

    /** The HTTP status the API answers with. */
    int status();

    /** The key of the refusal's text in the message bundles. */
    String messageKey();
}
