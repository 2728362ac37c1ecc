package org.nafitha.errors;

import java.util.Locale;

/**
 * Why something was refused, as every module codes it: an enum of a module's refusals implements this,
 * each constant holding its {@link Definition}. The code is what an API client reads in the problem's
 * {@code code} property and never changes once published (errors/published-codes.tsv pins them); the
 * message key is the text in the reader's language; the status is the API's answer.
 */
public interface ErrorCode {

    /** The refusal's status, code and message key. */
    Definition definition();

    /** The stable code published in problem+json, e.g. {@code payments.NOT_FOUND}. */
    default String code() {
        return definition().code();
    }

    /** The HTTP status the API answers with. */
    default int status() {
        return definition().status();
    }

    /** The key of the refusal's text in the message bundles. */
    default String messageKey() {
        return definition().messageKey();
    }

    /** What a refusal publishes: its HTTP status, its code and the key of its text. */
    record Definition(int status, String code, String messageKey) {

        /** A refusal published under the key of its text. */
        public static Definition keyed(int status, String messageKey) {
            return new Definition(status, messageKey, messageKey);
        }

        /** A refusal coded {@code <codePrefix><NAME>} and worded by {@code <keyPrefix><NAME>}. */
        public static Definition named(int status, String codePrefix, String keyPrefix, String name) {
            return new Definition(status, codePrefix + name, keyPrefix + name);
        }

        /** A refusal published under {@code <keyPrefix><name-in-lower-case-with-dashes>}, the key of its text. */
        public static Definition dashed(int status, String keyPrefix, String name) {
            return keyed(status, keyPrefix + name.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
