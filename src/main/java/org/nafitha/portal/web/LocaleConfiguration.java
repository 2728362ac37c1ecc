package org.nafitha.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

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
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("nafitha-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) return ARABIC;
            try {
                var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                return match == null ? ARABIC : match;
            } catch (IllegalArgumentException e) {
                return ARABIC;
            }
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
