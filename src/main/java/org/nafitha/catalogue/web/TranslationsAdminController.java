package org.nafitha.catalogue.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceTexts;
import org.nafitha.catalogue.ServiceTranslating;
import org.nafitha.catalogue.ServiceTranslations;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The catalogue in the residents' languages: how complete each service is in each language, and a
 * page per service and language where a translator fills the gaps (a text without a translation is
 * marked: its readers are shown the English wording).
 */
@Controller
class TranslationsAdminController {

    private final Catalogue catalogue;
    private final ServiceTranslating translating;
    private final ServiceTranslations translations;
    private final MessageSource messages;

    TranslationsAdminController(Catalogue catalogue, ServiceTranslating translating, ServiceTranslations translations,
                                MessageSource messages) {
        this.catalogue = catalogue;
        this.translating = translating;
        this.translations = translations;
        this.messages = messages;
    }

    /** One service's row: its completeness in each language, in the order of the columns. */
    record Row(String code, String name, List<ServiceTexts.Completeness> languages) {
    }

    /** One text to translate. */
    record Text(String key, String arabic, String english, String wording, boolean fallback, @Nullable String problem) {
    }

    @GetMapping("/admin/translations")
    String overview(Model model, Locale locale) {
        var languages = translating.translatedLanguages();
        var byService = new LinkedHashMap<String, List<ServiceTexts.Completeness>>();
        translating.completeness().forEach(c -> byService.computeIfAbsent(c.service(), s -> new ArrayList<>()).add(c));
        var rows = catalogue.all().stream()
                .map(s -> new Row(s.code(), s.name().in(locale), byService.getOrDefault(s.code(), List.of()))).toList();
        model.addAttribute("languages", languages);
        model.addAttribute("rows", rows);
        return "catalogue/admin/translations";
    }

    @GetMapping("/admin/translations/{code}/{language}")
    String service(@PathVariable String code, @PathVariable String language, Model model, Locale locale) {
        return show(code, language, Map.of(), Map.of(), model, locale);
    }

    @PostMapping("/admin/translations/{code}/{language}")
    String save(@PathVariable String code, @PathVariable String language, @RequestParam(name = "key", required = false) List<String> keys,
                @RequestParam(name = "text", required = false) List<String> texts, Principal principal, Model model, Locale locale) {
        var wordings = new LinkedHashMap<String, String>();
        if (keys != null && texts != null && keys.size() == texts.size()) {
            for (int i = 0; i < keys.size(); i++) wordings.put(keys.get(i), texts.get(i));
        }
        return switch (translating.save(code, language, wordings, principal.getName())) {
            case ServiceTranslating.Outcome.Saved s -> "redirect:/admin/translations/" + code + "/" + language + "?saved=" + s.changed();
            case ServiceTranslating.Outcome.NotFound n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ServiceTranslating.Outcome.Invalid i -> {
                var problems = new LinkedHashMap<String, String>();
                i.problems().forEach((key, message) -> problems.put(key, messages.getMessage(message, null, locale)));
                yield show(code, language, wordings, problems, model, locale);
            }
        };
    }

    private String show(String code, String language, Map<String, String> typed, Map<String, String> problems, Model model,
                        Locale locale) {
        var texts = translating.texts(code, language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var service = catalogue.find(code).orElseThrow();
        var rows = texts.entrySet().stream().map(e -> {
            var text = e.getValue();
            var wording = typed.getOrDefault(e.getKey(), text.has(language) ? text.in(language) : "");
            return new Text(e.getKey(), text.ar(), text.en(), wording, !text.has(language), problems.get(e.getKey()));
        }).toList();
        var errors = new LinkedHashMap<String, String>();
        problems.forEach((key, message) -> errors.put("t-" + key.replace('.', '-'), message));
        model.addAttribute("service", service);
        model.addAttribute("language", language);
        model.addAttribute("completeness", ServiceTexts.completeness(service, language));
        model.addAttribute("texts", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("history", translations.history(code, language).stream().limit(20).toList());
        return "catalogue/admin/translation";
    }
}
