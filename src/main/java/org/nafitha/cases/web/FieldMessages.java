package org.nafitha.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.catalogue.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Field errors turned into messages in the reader's language, one per field, in form order. */
@Component
class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(List<FieldError> errors, Locale locale) {
        var result = new LinkedHashMap<String, String>();
        for (var e : errors) {
            result.putIfAbsent(e.field(), messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale));
        }
        return result;
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
