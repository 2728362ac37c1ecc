package org.nafitha.notifications.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;
import org.nafitha.notifications.internal.NotificationTemplates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nafitha.country.Languages;
import org.springframework.web.servlet.LocaleResolver;
import org.nafitha.notifications.internal.PreferenceRules;
import org.nafitha.notifications.internal.Preferences;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person chooses the language and channels of their notifications. */
@Controller
class PreferencesController {

    private final Preferences preferences;
    private final MessageSource messages;
    private final Clock clock;
    private final Languages languages;

    private final LocaleResolver locales;

    PreferencesController(Preferences preferences, MessageSource messages, Clock clock, Languages languages, LocaleResolver locales) {
        this.locales = locales;
        this.languages = languages;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
    }

    /** Unticked boxes are simply absent from the form post. */
    record PreferencesForm(@Nullable String language, @Nullable Boolean bySms, @Nullable Boolean byEmail,
                           @Nullable String email, @Nullable Boolean byPush) {

        boolean push() {
            return Boolean.TRUE.equals(byPush);
        }

        boolean sms() {
            return Boolean.TRUE.equals(bySms);
        }

        boolean mail() {
            return Boolean.TRUE.equals(byEmail);
        }
    }

    @GetMapping("/notifications/preferences")
    String page(Actor actor, Model model) {
        var current = preferences.of(recipient(actor));
        model.addAttribute("form", new PreferencesForm(current.language(), current.bySms(), current.byEmail(),
                current.email(), current.byPush()));
        return show(model, Map.of());
    }

    @PostMapping("/notifications/preferences")
    String save(Actor actor, PreferencesForm form, Model model, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        var email = form.email() == null ? "" : form.email().strip();
        PreferenceRules.problems(form.language(), form.mail(), email, languages.codes())
                .forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            return show(model, errors);
        }
        preferences.save(recipient(actor), new Preferences.Preference(form.language(), form.sms(), form.mail(),
                email.isEmpty() ? null : email, form.push()), clock.instant());
        // the pages follow: one language for every channel
        languages.of(Locale.forLanguageTag(form.language())).ifPresent(l -> locales.setLocale(request, response, l.locale()));
        return "redirect:/notifications/preferences?saved";
    }

    private String show(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("languages", languages.offered());
        return "notifications/preferences";
    }

    private static String recipient(Actor actor) {
        return actor.nationalId() == null ? actor.username() : actor.nationalId();
    }
}
