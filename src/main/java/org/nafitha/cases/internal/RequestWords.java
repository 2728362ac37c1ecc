package org.nafitha.cases.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.nafitha.country.ArabicText;

/** The words of a request or a service's name, as {@link RequestClassifier} compares them. */
final class RequestWords {

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

    private RequestWords() {
    }

    /** Folded, without the article and attached conjunctions, synonyms mapped, stopwords dropped. */
    static Set<String> of(String text) {
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
