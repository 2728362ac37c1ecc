package org.nafitha.contactcentre.web;

import java.util.Arrays;

import org.nafitha.errors.ErrorCode;

/**
 * Why the conversations API refused a request. Each code was published before this enum as its message key
 * without the module's prefix ({@code commcentre.…}) and stays so; a refused write of the written channel
 * ({@code commcentre.refused.…}) is answered with 409 here.
 */
enum CentreError implements ErrorCode {
    NOT_FOUND(404, "contactcentre.commcentre.api.notFound"),
    TOPIC_EMPTY(400, "contactcentre.commcentre.error.topic-empty"),
    TOPIC_LONG(400, "contactcentre.commcentre.error.topic-long"),
    CASE_FORMAT(400, "contactcentre.commcentre.error.case-format"),
    CASE_NOT_YOURS(400, "contactcentre.commcentre.error.case-not-yours"),
    BODY_EMPTY(400, "contactcentre.commcentre.error.body-empty"),
    BODY_LONG(400, "contactcentre.commcentre.error.body-long"),
    NOT_A_PERSON(400, "contactcentre.commcentre.error.not-a-person"),
    NOT_YOURS(409, "contactcentre.commcentre.refused.not-yours"),
    CLOSED(409, "contactcentre.commcentre.refused.closed");

    private static final String MODULE = "contactcentre.";

    private final Definition definition;

    CentreError(int status, String messageKey) {
        this.definition = new Definition(status, messageKey.substring(MODULE.length()), messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** The refusal whose text is under this key, as the written channel names it. */
    static CentreError byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.messageKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conversations API refusal for " + key));
    }
}
