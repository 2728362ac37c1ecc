package org.nafitha.portal.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles ({@code i18n/messages_<language>.properties}). Arabic and English hold every
 * text; the residents' languages (Urdu, French, ...) hold what residents read, so a text they lack
 * (a staff page's) is given in English rather than as its key.
 */
@Configuration
class TranslatedMessages {

    @Bean
    MessageSource messageSource() {
        var messages = new EnglishWhereMissing();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    /** A bundle that answers a language's missing key in English. */
    static final class EnglishWhereMissing extends ResourceBundleMessageSource {

        @Override
        protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
            var text = super.resolveCodeWithoutArguments(code, locale);
            if (text != null || english(locale)) return text;
            return super.resolveCodeWithoutArguments(code, Locale.ENGLISH);
        }

        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            var format = super.resolveCode(code, locale);
            if (format != null || english(locale)) return format;
            return super.resolveCode(code, Locale.ENGLISH);
        }

        private static boolean english(Locale locale) {
            return "en".equals(locale.getLanguage());
        }
    }
}
