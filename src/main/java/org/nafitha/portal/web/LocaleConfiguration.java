package org.nafitha.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first. A chosen language (the {@code lang} parameter) is kept in a cookie; without one,
 * the browser's or API client's Accept-Language picks Arabic or English; anything else is Arabic.
 * A language the portal does not speak ({@code ?lang=fr}, an old or forged cookie) is never taken
 * as the page's language: its texts would be missing keys.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedOnly("nafitha-lang", LocaleConfiguration::fromHeader);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Accept-Language's best supported match; Arabic without one. */
    private static Locale fromHeader(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) return ARABIC;
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? ARABIC : match;
        } catch (IllegalArgumentException e) {
            return ARABIC;
        }
    }

    /** The cookie resolver, answering only with a supported language. */
    private static final class SupportedOnly extends CookieLocaleResolver {

        private final Function<HttpServletRequest, Locale> byDefault;

        SupportedOnly(String cookieName, Function<HttpServletRequest, Locale> byDefault) {
            super(cookieName);
            this.byDefault = byDefault;
            setDefaultLocaleFunction(byDefault);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            var spoken = supported(super.resolveLocale(request));
            return spoken != null ? spoken : byDefault.apply(request);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                                     @Nullable LocaleContext localeContext) {
            var chosen = localeContext == null ? null : localeContext.getLocale();
            if (chosen == null) {
                super.setLocaleContext(request, response, localeContext);
                return;
            }
            var spoken = supported(chosen);
            // not a language we speak: forget the choice rather than keep a useless one
            super.setLocaleContext(request, response, spoken == null ? null : new SimpleLocaleContext(spoken));
        }

        private static @Nullable Locale supported(@Nullable Locale locale) {
            if (locale == null) return null;
            return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
