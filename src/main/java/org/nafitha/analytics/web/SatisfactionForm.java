package org.nafitha.analytics.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.Satisfaction;
import org.nafitha.country.ArabicDigits;
import org.springframework.context.MessageSource;

/**
 * The answer as typed, from the page or the API: a score of 1 to 5 in any digits, and a comment of
 * at most {@link Satisfaction#MAX_COMMENT} characters. {@code errors} by field, in the user's language.
 */
record SatisfactionForm(int score, @Nullable String comment, Map<String, String> errors) {

    record Reading(MessageSource messages) {

        SatisfactionForm read(@Nullable String score, @Nullable String comment, Locale locale) {
            var errors = new LinkedHashMap<String, String>();
            int value = 0;
            try {
                value = score == null ? 0 : Integer.parseInt(ArabicDigits.toLatin(score.strip()));
            } catch (NumberFormatException e) {
                value = 0;
            }
            if (value < 1 || value > 5) errors.put("score", message("analytics.satisfaction.error.score", locale));
            if (comment != null && comment.strip().length() > Satisfaction.MAX_COMMENT) {
                errors.put("comment", messages.getMessage("analytics.satisfaction.error.comment",
                        new Object[]{Satisfaction.MAX_COMMENT}, locale));
            }
            return new SatisfactionForm(value, comment, errors);
        }

        String invalid(Locale locale) {
            return message("portal.api.invalid", locale);
        }

        private String message(String key, Locale locale) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
