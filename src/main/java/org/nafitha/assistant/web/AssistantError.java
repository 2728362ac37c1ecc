package org.nafitha.assistant.web;

import org.nafitha.errors.ErrorCode;

/**
 * Why the assistant's API refused a question: each code is its message key, as published before this enum.
 * Message argument: the longest question taken.
 */
enum AssistantError implements ErrorCode {
    LANG_UNSUPPORTED(400, "assistant.lang.unsupported"),
    QUESTION_EMPTY(400, "assistant.question.empty"),
    QUESTION_TOO_LONG(400, "assistant.question.tooLong");

    private final Definition definition;

    AssistantError(int status, String messageKey) {
        this.definition = Definition.keyed(status, messageKey);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
