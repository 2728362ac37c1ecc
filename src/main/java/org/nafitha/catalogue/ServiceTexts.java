package org.nafitha.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Every text a service shows its readers, each under a stable key: {@code passport-renewal.name},
 * {@code .steps.0}, {@code .reasons.not-eligible}, {@code .fields.purpose.label},
 * {@code .fields.purpose.options.first}. Translators work on these keys (the files under
 * {@code catalogue/i18n/} and the translation page); a key names the same text in every version
 * of the service as long as the field, option or reason keeps its code.
 */
public final class ServiceTexts {

    private ServiceTexts() {
    }

    /** Key → text, in the order a reader meets them. */
    public static Map<String, LocalizedText> of(ServiceDefinition service) {
        var texts = new LinkedHashMap<String, LocalizedText>();
        var prefix = service.code() + ".";
        texts.put(prefix + "name", service.name());
        texts.put(prefix + "summary", service.summary());
        texts.put(prefix + "eligibility", service.eligibility());
        for (int i = 0; i < service.steps().size(); i++) texts.put(prefix + "steps." + i, service.steps().get(i));
        for (int i = 0; i < service.documents().size(); i++) texts.put(prefix + "documents." + i, service.documents().get(i));
        if (service.outputDocument() != null) texts.put(prefix + "outputDocument", service.outputDocument());
        for (var field : service.fields()) {
            var at = prefix + "fields." + field.name() + ".";
            texts.put(at + "label", field.label());
            if (field.hint() != null) texts.put(at + "hint", field.hint());
            for (var option : field.options()) texts.put(at + "options." + option.value(), option.label());
        }
        for (var reason : service.reasons()) texts.put(prefix + "reasons." + reason.code(), reason.label());
        return texts;
    }

    /**
     * The service with translations added: {@code translations} answers, for a key, the texts by
     * language (an empty map when there are none).
     */
    public static ServiceDefinition translated(ServiceDefinition s, Function<String, Map<String, String>> translations) {
        var prefix = s.code() + ".";
        Function<String, Map<String, String>> t = key -> translations.apply(prefix + key);
        var fields = s.fields().stream().map(f -> {
            var at = "fields." + f.name() + ".";
            var options = f.options().stream()
                    .map(o -> new FieldDefinition.Option(o.value(), o.label().with(t.apply(at + "options." + o.value()))))
                    .toList();
            return new FieldDefinition(f.name(), f.type(), f.required(), f.label().with(t.apply(at + "label")),
                    f.hint() == null ? null : f.hint().with(t.apply(at + "hint")), options, f.pattern(), f.min(), f.max(),
                    f.maxLength(), f.minDate(), f.maxDate(), f.prefill(), f.accept(), f.maxBytes(), f.showWhen(), f.example());
        }).toList();
        var reasons = s.reasons().stream().map(r -> new Reason(r.code(), r.label().with(t.apply("reasons." + r.code())))).toList();
        return new ServiceDefinition(s.code(), s.version(), s.sector(), s.department(), s.referencePrefix(),
                s.name().with(t.apply("name")), s.summary().with(t.apply("summary")), s.eligibility().with(t.apply("eligibility")),
                indexed(s.steps(), "steps.", t), indexed(s.documents(), "documents.", t), s.fee(), s.slaDays(), fields,
                s.workflow(), s.applicants(), s.appointment(), s.delivery(), withOptional(s.outputDocument(), t.apply("outputDocument")),
                reasons, s.kiosk(), s.requiresNoUnpaidFines());
    }

    private static List<LocalizedText> indexed(List<LocalizedText> texts, String at, Function<String, Map<String, String>> t) {
        return IntStream.range(0, texts.size()).mapToObj(i -> texts.get(i).with(t.apply(at + i))).toList();
    }

    private static @Nullable LocalizedText withOptional(@Nullable LocalizedText text, Map<String, String> translations) {
        return text == null ? null : text.with(translations);
    }

    /** Of the service's texts, how many have their own wording in the language. */
    public static Completeness completeness(ServiceDefinition service, String language) {
        var texts = of(service).values();
        return new Completeness(service.code(), language, (int) texts.stream().filter(x -> x.has(language)).count(), texts.size());
    }

    public record Completeness(String service, String language, int translated, int total) {

        public int percent() {
            return total == 0 ? 100 : translated * 100 / total;
        }

        public boolean complete() {
            return translated == total;
        }
    }
}
