package org.nafitha.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nafitha.country.Languages;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A translator fills a service's texts in a residents' language (Urdu, French, ...): each changed
 * text is saved as its next version and shown on every node after the catalogue's next refresh (at
 * once on this one). Arabic and English are the service's own wording, edited in its definition.
 */
@Service
public class ServiceTranslating {

    /** The longest wording kept for one text. */
    static final int MAX_LENGTH = 2000;

    private final Catalogue catalogue;
    private final ServiceTranslations translations;
    private final Languages languages;
    private final AuditTrail audit;

    ServiceTranslating(Catalogue catalogue, ServiceTranslations translations, Languages languages, AuditTrail audit) {
        this.catalogue = catalogue;
        this.translations = translations;
        this.languages = languages;
        this.audit = audit;
    }

    /** The languages a translator works in: those the country offers beyond Arabic and English. */
    public List<String> translatedLanguages() {
        return languages.codes().stream().filter(l -> !"ar".equals(l) && !"en".equals(l)).toList();
    }

    /** Every service's completeness in every translated language. */
    public List<ServiceTexts.Completeness> completeness() {
        var all = new ArrayList<ServiceTexts.Completeness>();
        for (var service : catalogue.all()) {
            for (var language : translatedLanguages()) all.add(ServiceTexts.completeness(service, language));
        }
        return all;
    }

    /** The service's texts (key → text in every language), if the service and language are translated here. */
    public Optional<Map<String, LocalizedText>> texts(String code, String language) {
        if (!translatedLanguages().contains(language)) return Optional.empty();
        return catalogue.find(code).map(ServiceTexts::of);
    }

    public sealed interface Outcome {
        record Saved(int changed) implements Outcome {
        }

        /** Key → what is wrong with its wording. */
        record Invalid(Map<String, String> problems) implements Outcome {
        }

        record NotFound() implements Outcome {
        }
    }

    /**
     * Saves the wordings that changed. A blank one is left as it was (a translation is corrected, not
     * removed: readers would fall back to English). Problems are message keys.
     */
    @Transactional
    public Outcome save(String code, String language, Map<String, String> wordings, String by) {
        var texts = texts(code, language).orElse(null);
        if (texts == null) return new Outcome.NotFound();
        var problems = new LinkedHashMap<String, String>();
        var changed = new LinkedHashMap<String, String>();
        wordings.forEach((key, raw) -> {
            var current = texts.get(key);
            if (current == null) {
                problems.put(key, "catalogue.translations.error.unknown");
                return;
            }
            var wording = raw == null ? "" : raw.strip().replace("\r\n", "\n");
            if (wording.isEmpty()) return;
            if (wording.length() > MAX_LENGTH) problems.put(key, "catalogue.translations.error.tooLong");
            else if (wording.indexOf('<') >= 0 || wording.indexOf('>') >= 0) problems.put(key, "catalogue.translations.error.markup");
            else if (!current.has(language) || !current.in(language).equals(wording)) changed.put(key, wording);
        });
        if (!problems.isEmpty()) return new Outcome.Invalid(problems);
        changed.forEach((key, wording) -> {
            // two translators at once: the later one's wording becomes the next version, neither is lost
            var version = translations.currentVersion(key, language) + 1;
            while (!translations.insert(code, key, language, version, wording, by)) version++;
            audit.record(new AuditEntry(by, "ADMIN", "catalogue.translate", null, null, key + " " + language + " v" + version));
        });
        if (!changed.isEmpty()) catalogue.refresh();
        return new Outcome.Saved(changed.size());
    }
}
