package org.nafitha.notifications.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nafitha.country.Languages;
import org.nafitha.identity.Actor;
import org.nafitha.identity.CurrentActor;
import org.nafitha.notifications.internal.Preferences;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * One language per person, on every channel. It is chosen on the preferences page, at the kiosk (the
 * language a signed-in person picks there) or by registering: someone who never chose keeps the
 * language of the pages they registered and first signed in with. On a browser that has no choice of
 * its own yet (a new phone) their pages open in the language they keep, and their SMS, e-mail and
 * push are written in it. Pages only: API clients say their language in Accept-Language.
 */
@Configuration
class RememberedLanguage implements HandlerInterceptor, WebMvcConfigurer {

    static final String COOKIE = "nafitha-lang";
    /** Set once the stored language was looked at in a session: later pages do not ask again. */
    private static final String SESSION_CHECKED = RememberedLanguage.class.getName();

    private final CurrentActor actors;
    private final Preferences preferences;
    private final Languages languages;
    /** Looked up when used: the resolver's own configuration collects this configurer (a cycle when injected eagerly). */
    private final ObjectProvider<LocaleResolver> locales;
    private final Clock clock;

    RememberedLanguage(CurrentActor actors, Preferences preferences, Languages languages, ObjectProvider<LocaleResolver> locales,
                       Clock clock) {
        this.actors = actors;
        this.preferences = preferences;
        this.languages = languages;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // after the LocaleChangeInterceptor, so a ?lang= choice is already the request's locale
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/images/**")
                .order(100);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())) return true;
        // at the kiosk, choosing a language is choosing it for every channel; on the portal the header's
        // switch changes this browser's pages only (the preferences page changes the person's language)
        var chosen = request.getRequestURI().startsWith("/kiosk") ? request.getParameter("lang") : null;
        var session = request.getSession(false);
        var firstInSession = session != null && session.getAttribute(SESSION_CHECKED) == null;
        if (chosen == null && !firstInSession) return true;
        var actor = actors.get().filter(a -> a.nationalId() != null && !a.isStaff()).orElse(null);
        if (actor == null) return true;
        var recipient = actor.nationalId();
        if (session != null) session.setAttribute(SESSION_CHECKED, Boolean.TRUE);
        if (chosen != null) {
            languages.of(Locale.forLanguageTag(chosen)).ifPresent(language -> {
                var stored = preferences.stored(recipient);
                if (stored.isEmpty() || !stored.get().language().equals(language.code())) {
                    preferences.rememberLanguage(recipient, language.code(), clock.instant());
                }
            });
            return true;
        }
        var stored = preferences.stored(recipient);
        if (stored.isEmpty()) {
            preferences.rememberLanguage(recipient, languages.spoken(locales.getObject().resolveLocale(request)).code(), clock.instant());
        } else if (WebUtils.getCookie(request, COOKIE) == null && request.getParameter("lang") == null
                && !request.getRequestURI().startsWith("/kiosk")) {
            // (a kiosk is shared: the next person must not find it in this person's language; a ?lang= on
            // the request is this browser's own choice, made by the header's switch: it is not overridden)
            languages.of(Locale.forLanguageTag(stored.get().language()))
                    .ifPresent(language -> locales.getObject().setLocale(request, response, language.locale()));
        }
        return true;
    }
}
