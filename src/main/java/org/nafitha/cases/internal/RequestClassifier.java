package org.nafitha.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nafitha.catalogue.Applicant;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.ArabicText;
import org.springframework.stereotype.Service;

/**
 * Suggests services for what a visitor asks for in their own words ("أبغى أجدد رخصة السواقة"):
 * the words are folded as the portal's search folds them, everyday words are mapped to the
 * catalogue's vocabulary, and each service scores by the words its name (most) and summary share.
 * Reception picks one; nothing is chosen for them.
 */
@Service
public class RequestClassifier {

    /** Everyday and dialect words → the catalogue's word (all folded). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("اجدد", "تجديد"), Map.entry("جدد", "تجديد"), Map.entry("نجدد", "تجديد"), Map.entry("يجدد", "تجديد"),
            Map.entry("تجدد", "تجديد"), Map.entry("renew", "تجديد"), Map.entry("renewal", "تجديد"),
            Map.entry("سواقه", "قياده"), Map.entry("سياقه", "قياده"), Map.entry("سواقة", "قياده"),
            Map.entry("driving", "قياده"), Map.entry("licence", "رخصه"), Map.entry("license", "رخصه"),
            Map.entry("ليسن", "رخصه"), Map.entry("لايسنس", "رخصه"),
            Map.entry("باسبور", "جواز"), Map.entry("باسبورت", "جواز"), Map.entry("passport", "جواز"),
            Map.entry("جوازي", "جواز"), Map.entry("رخصتي", "رخصه"), Map.entry("اقامتي", "اقامه"),
            Map.entry("residence", "اقامه"), Map.entry("iqama", "اقامه"), Map.entry("اقامه", "اقامه"),
            Map.entry("استماره", "مركبه"), Map.entry("سياره", "مركبه"), Map.entry("سيارتي", "مركبه"),
            Map.entry("car", "مركبه"), Map.entry("vehicle", "مركبه"),
            Map.entry("ضاع", "فقدان"), Map.entry("ضايع", "فقدان"), Map.entry("ضاعت", "فقدان"), Map.entry("مفقود", "فقدان"),
            Map.entry("مفقوده", "فقدان"), Map.entry("lost", "فقدان"), Map.entry("بدل", "بدل"),
            Map.entry("مخالفه", "مخالفات"), Map.entry("مخالفاتي", "مخالفات"), Map.entry("ساهر", "مخالفات"),
            Map.entry("violation", "مخالفات"), Map.entry("violations", "مخالفات"),
            Map.entry("بطاقه", "هويه"), Map.entry("هويتي", "هويه"), Map.entry("id", "هويه"),
            Map.entry("تاشيره", "تاشيره"), Map.entry("فيزا", "تاشيره"), Map.entry("visa", "تاشيره"),
            Map.entry("مولود", "ميلاد"), Map.entry("birth", "ميلاد"), Map.entry("زواج", "زواج"),
            Map.entry("marriage", "زواج"), Map.entry("وفاه", "وفاه"), Map.entry("death", "وفاه"),
            Map.entry("بلاغ", "بلاغ"), Map.entry("اشتكي", "بلاغ"), Map.entry("شكوي", "بلاغ"), Map.entry("report", "بلاغ"),
            Map.entry("سجين", "نزيل"), Map.entry("مسجون", "نزيل"), Map.entry("زياره", "زياره"), Map.entry("visit", "زياره"),
            Map.entry("سوابق", "سلوك"), Map.entry("conduct", "سلوك"), Map.entry("جنسيه", "جنسيه"),
            Map.entry("nationality", "جنسيه"), Map.entry("خروج", "خروج"), Map.entry("exit", "خروج"));

    /** Words that say nothing about which service: wanting, asking, politeness. */
    private static final Set<String> STOPWORDS = Set.of("ابغي", "ابغا", "ابي", "اريد", "ودي", "بغيت", "لو", "سمحت",
            "ممكن", "عندي", "عن", "في", "من", "الي", "علي", "او", "و", "يا", "ابو", "حق", "حقي", "بس", "الله",
            "want", "need", "to", "my", "a", "the", "i", "please", "for", "of", "and");

    private final Catalogue catalogue;

    RequestClassifier(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record Suggestion(ServiceDefinition service, int score) {
    }

    /** The best-matching public services, best first, at most {@code limit}; none for an empty request. */
    public List<Suggestion> suggest(String request, int limit) {
        var words = words(request);
        if (words.isEmpty()) return List.of();
        var scored = new ArrayList<Suggestion>();
        for (var service : catalogue.all()) {
            if (!offeredAtReception(service)) continue;
            var name = new HashSet<String>();
            name.addAll(words(service.name().ar()));
            name.addAll(words(service.name().en()));
            var summary = new HashSet<String>();
            summary.addAll(words(service.summary().ar()));
            summary.addAll(words(service.summary().en()));
            int score = 0;
            for (var w : words) {
                if (name.contains(w)) score += 3;
                else if (summary.contains(w)) score += 1;
            }
            if (score > 0) scored.add(new Suggestion(service, score));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(s -> s.service().code()))
                .limit(limit).toList();
    }

    /**
     * What reception may enter for a visitor: the public services a person applies for
     * themselves (not the ministry's internal staff services, nor those a sponsor or guardian
     * applies for on someone's behalf, which need their mandate).
     */
    public static boolean offeredAtReception(ServiceDefinition service) {
        return !"internal".equals(service.department())
                && service.applicants() != null && service.applicants().contains(Applicant.SELF);
    }

    /** Folded, without the article and attached conjunctions, synonyms mapped, stopwords dropped. */
    static Set<String> words(String text) {
        var result = new HashSet<String>();
        for (var raw : ArabicText.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (raw.isBlank()) continue;
            var word = stem(raw);
            if (STOPWORDS.contains(word) || STOPWORDS.contains(raw)) continue;
            result.add(SYNONYMS.getOrDefault(word, SYNONYMS.getOrDefault(raw, word)));
        }
        return result;
    }

    private static String stem(String word) {
        var w = word;
        if (w.length() > 4 && (w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لال"))) w = w.substring(3);
        else if (w.length() > 3 && w.startsWith("ال")) w = w.substring(2);
        else if (w.length() > 4 && w.startsWith("لل")) w = w.substring(2);
        return w;
    }
}
