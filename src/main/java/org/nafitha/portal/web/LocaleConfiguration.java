package org.nafitha.portal.web;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.nafitha.country.Languages;
import org.nafitha.country.Languages.Language;
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
 * The country's default language first (Arabic). A chosen language (the {@code lang} parameter) is
 * kept in a cookie; without one, the browser's or API client's Accept-Language picks among the
 * languages the country offers ({@link Languages}); anything else is the default. A language the
 * portal does not speak ({@code ?lang=de}, an old or forged cookie) is never taken as the page's
 * language: its texts would be missing keys.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(Languages languages) {
        var resolver = new SupportedOnly("nafitha-lang", request -> fromHeader(request, languages), languages);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Accept-Language's best offered match; the default language without one. */
    private static Locale fromHeader(HttpServletRequest request, Languages languages) {
        var fallback = languages.byDefault().locale();
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) return fallback;
        try {
            // Tagalog (tl) is what many phones send for Filipino
            var ranges = Locale.LanguageRange.parse(header.replaceAll("\\btl\\b", "fil"));
            var match = Locale.lookup(ranges, languages.locales());
            return match == null ? fallback : match;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The cookie resolver, answering only with a supported language. */
    private static final class SupportedOnly extends CookieLocaleResolver {

        private final Function<HttpServletRequest, Locale> byDefault;
        private final Languages languages;

        SupportedOnly(String cookieName, Function<HttpServletRequest, Locale> byDefault, Languages languages) {
            super(cookieName);
            this.byDefault = byDefault;
            this.languages = languages;
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

        private @Nullable Locale supported(@Nullable Locale locale) {
            return languages.of(locale).map(Language::locale).orElse(null);
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
