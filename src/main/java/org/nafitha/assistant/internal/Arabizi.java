package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Arabic written in Latin letters and digits — "jawazi 5ales bdi jaddedo", "hawyti 5lset" — read back
 * into Arabic script, so that the lexicon, the dialect forms and the catalogue meet it as they meet
 * Arabic, instead of the lexicon having to list every Latin spelling. The digits stand for the letters
 * Latin lacks (3 ع, 7 ح, 5 خ, 2 ء or ق, 6 ط, 9 ق or ص, 8 غ), the digraphs for others (sh ش, kh خ,
 * gh غ, th ث, dh ذ), and short vowels, which Arabic does not write, may be dropped. A word has many
 * possible spellings; the one kept is the known word (of the catalogue or the lexicon, or a form of
 * one) reached with the fewest choices away from the plainest reading, a lexicon word before a
 * catalogue word. A word with no known spelling is left as it is, for the spelling fallback.
 * <p>
 * A question is read so only when it has a word that mixes letters and those digits, or has none of
 * English's little words ("the", "my", "how") and a word that reads as Arabic without a second choice
 * ("awal", "bdi"): an English question is English, and "marathon" is not «مرتن».
 */
final class Arabizi {

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z0-9']*[a-z][a-z0-9']*");
    private static final Pattern MIXED = Pattern.compile("(?=[a-z0-9']*[a-z])(?=[a-z']*[235679])[a-z0-9']+");
    private static final int MOST = 2048;
    private static final Set<String> PARTICLES = Set.of("el", "al", "il", "lel", "lil", "bel", "bil", "fel", "fil");
    /** «على» written apart ("3a kafalti", "3al jawaz"): kept, for the circumstances it tells («على كفالتي»). */
    private static final Set<String> ON = Set.of("3a", "3al", "3ala", "3la");
    /** The article glued on ("lwafat", "eljawaz"): a word read without it when it cannot be read with it. */
    private static final Pattern ARTICLE = Pattern.compile("^(?:el|al|il|l)(?=[a-z0-9']{3,}$)");

    /** One Latin letter, digit or digraph, and the Arabic letters it may stand for, likeliest first. */
    private static final Map<String, List<String>> CONSONANTS = Map.ofEntries(
            Map.entry("3'", List.of("غ")), Map.entry("7'", List.of("خ")), Map.entry("9'", List.of("ض")),
            Map.entry("2", List.of("ء", "ق")), Map.entry("3", List.of("ع")), Map.entry("5", List.of("خ")),
            Map.entry("6", List.of("ط")), Map.entry("7", List.of("ح")), Map.entry("8", List.of("غ")),
            Map.entry("9", List.of("ق", "ص")),
            Map.entry("sh", List.of("ش")), Map.entry("ch", List.of("ش")), Map.entry("kh", List.of("خ")),
            // "th", "dh" may also be a letter and the «ه» of a pronoun after it ("ajaddedha", "tale3tha")
            Map.entry("gh", List.of("غ")), Map.entry("th", List.of("ث", "ذ", "ت", "ته")), Map.entry("dh", List.of("ذ", "ض", "د", "ده")),
            Map.entry("b", List.of("ب")), Map.entry("p", List.of("ب")), Map.entry("t", List.of("ت", "ط")),
            Map.entry("j", List.of("ج")), Map.entry("g", List.of("ج", "ق", "غ")), Map.entry("h", List.of("ه", "ح")),
            Map.entry("d", List.of("د", "ض")), Map.entry("r", List.of("ر")), Map.entry("z", List.of("ز", "ظ")),
            Map.entry("s", List.of("س", "ص")), Map.entry("f", List.of("ف")), Map.entry("v", List.of("ف")),
            Map.entry("q", List.of("ق")), Map.entry("k", List.of("ك", "ق")), Map.entry("l", List.of("ل")),
            Map.entry("m", List.of("م")), Map.entry("n", List.of("ن")), Map.entry("w", List.of("و")),
            Map.entry("y", List.of("ي")), Map.entry("c", List.of("ك")), Map.entry("x", List.of("كس")));
    /** Long vowels and diphthongs, always written. */
    private static final Map<String, List<String>> LONG = Map.of("aa", List.of("ا"), "ee", List.of("ي"),
            "ii", List.of("ي"), "oo", List.of("و"), "ou", List.of("و"), "uu", List.of("و"),
            "ai", List.of("ي", "اي"), "ay", List.of("ي", "اي"), "ei", List.of("ي"), "ey", List.of("ي"));

    private final QuestionAnalyzer analyzer;
    private final Predicate<String> telling;
    private final Predicate<String> known;

    /**
     * @param telling an analysed word the lexicon has a phrase for
     * @param known   an analysed word of the catalogue or the lexicon, or a form of one
     */
    Arabizi(QuestionAnalyzer analyzer, Predicate<String> telling, Predicate<String> known) {
        this.analyzer = analyzer;
        this.telling = telling;
        this.known = known;
    }

    /** The question with its Arabizi words in Arabic script; any other text as it was. */
    String read(String question) {
        var lower = question.toLowerCase(Locale.ROOT);
        var words = LATIN_WORD.matcher(lower).results().map(r -> r.group()).toList();
        if (words.isEmpty()) return question;
        var english = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        var mixed = words.stream().anyMatch(w -> MIXED.matcher(w).matches());
        if (!mixed && words.stream().anyMatch(w -> english.contains(w) || QuestionAnalyzer.ENGLISH_FILLERS.contains(w))) {
            return question;
        }
        var spellings = new HashMap<String, Optional<Spelling>>();
        words.forEach(w -> spellings.computeIfAbsent(w, this::arabic));
        // without digits, one word at least must read as Arabic without a second choice ("awal mara", "bdi"), or two
        // as words of the lexicon or its fillers ("iqamti khalsana, shlon ajaddedha")
        if (!mixed && spellings.values().stream().noneMatch(s -> s.isPresent() && s.get().cost() == 0)
                && spellings.values().stream().filter(s -> s.isPresent() && s.get().telling()).count() < 2) return question;
        var m = LATIN_WORD.matcher(lower);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, spellings.get(m.group()).map(Spelling::text).orElse(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The word's Arabic spelling; none when it is an English word we know or has no known spelling. */
    private Optional<Spelling> arabic(String word) {
        var english = analyzer.words(word);
        var digits = MIXED.matcher(word).matches();
        if (!digits && (english.isEmpty() || english.size() == 1 && known.test(english.getFirst()))) return Optional.empty();
        // the article and the prepositions written apart ("el hawiya", "lel jawaz", "bel sijn") say nothing
        if (PARTICLES.contains(word)) return Optional.of(new Spelling(" ", 0));
        if (ON.contains(word)) return Optional.of(new Spelling("على", 0));
        Spelling best = null;
        boolean bestTelling = false;
        for (var spelling : spellings(word)) {
            if (best != null && spelling.cost() > best.cost()) break;
            var analysed = analyzer.words(spelling.text());
            // a filler or a stop word («بدي», «انا», «ما») is as telling as a lexicon word: it is gone after analysis
            var isTelling = analysed.isEmpty() || analysed.size() == 1 && telling.test(analysed.getFirst());
            var isKnown = isTelling || analysed.size() == 1 && analysed.getFirst().length() > 2 && known.test(analysed.getFirst());
            if (isKnown && (best == null || isTelling && !bestTelling)) {
                best = new Spelling(spelling.text(), spelling.cost(), isTelling);
                bestTelling = isTelling;
            }
        }
        var article = ARTICLE.matcher(word);
        if (best == null && article.find()) {
            var rest = word.substring(article.end());
            var restInEnglish = analyzer.words(rest);
            if (restInEnglish.size() == 1 && known.test(restInEnglish.getFirst())) return Optional.of(new Spelling(rest, 1, true));
            return arabic(rest).map(s -> new Spelling("ال" + s.text(), s.cost() + 1, s.telling()));
        }
        return Optional.ofNullable(best);
    }

    /** A way of writing the word in Arabic, how many less likely choices it took, and whether it is the lexicon's. */
    record Spelling(String text, int cost, boolean telling) {

        Spelling(String text, int cost) {
            this(text, cost, false);
        }
    }

    /** The word's possible Arabic spellings, the likeliest (fewest choices away from the plainest) first. */
    static List<Spelling> spellings(String word) {
        var units = units(word);
        long count = 1;
        for (var u : units) count *= u.size();
        // too many ways: the later letters keep only their likeliest reading
        for (int i = units.size() - 1; i >= 0 && count > MOST; i--) {
            count = count / units.get(i).size();
            units.set(i, List.of(units.get(i).getFirst()));
        }
        var spellings = new ArrayList<Spelling>();
        spell(units, 0, new StringBuilder(), 0, spellings);
        spellings.sort(Comparator.comparingInt(Spelling::cost));
        return spellings;
    }

    private static void spell(List<List<String>> units, int at, StringBuilder text, int cost, List<Spelling> out) {
        if (at == units.size()) {
            if (!text.isEmpty()) out.add(new Spelling(text.toString(), cost));
            return;
        }
        var choices = units.get(at);
        for (int i = 0; i < choices.size(); i++) {
            int length = text.length();
            text.append(choices.get(i));
            spell(units, at + 1, text, cost + i, out);
            text.setLength(length);
        }
    }

    /** The word as units, each the Arabic letters (or nothing, for a short vowel) it may be written with. */
    static List<List<String>> units(String word) {
        var units = new ArrayList<List<String>>();
        int i = 0;
        String previous = "";
        while (i < word.length()) {
            var two = i + 2 <= word.length() ? word.substring(i, i + 2) : "";
            var one = word.substring(i, i + 1);
            boolean first = i == 0;
            if (CONSONANTS.containsKey(two)) {
                units.add(CONSONANTS.get(two));
                previous = two;
                i += 2;
            } else if (LONG.containsKey(two)) {
                units.add(first ? prefixAlef(LONG.get(two)) : LONG.get(two));
                previous = two;
                i += 2;
            } else if ("aeiou".contains(one)) {
                boolean last = i == word.length() - 1;
                // the feminine ending of a construct, "shahadet milad", "ziyarat"
                boolean feminine = i == word.length() - 2 && word.charAt(i + 1) == 't' && "aei".contains(one) && i > 1;
                if (feminine) {
                    units.add(List.of("ه", "ت", "ات"));
                    i += 2;
                    previous = "t";
                    continue;
                }
                units.add(vowel(one, first, last));
                previous = one;
                i += 1;
            } else if (CONSONANTS.containsKey(one)) {
                // a doubled letter is written once (with a shadda nobody types)
                if (!one.equals(previous)) units.add(CONSONANTS.get(one));
                previous = one;
                i += 1;
            } else {
                previous = one;
                i += 1;
            }
        }
        return units;
    }

    private static List<String> vowel(String v, boolean first, boolean last) {
        if (first) return v.equals("o") || v.equals("u") ? List.of("ا", "او") : v.equals("i") ? List.of("ا", "اي") : List.of("ا");
        if (last) {
            return switch (v) {
                case "a" -> List.of("ه", "ا", "");
                case "e" -> List.of("ه", "ي", "");
                case "i" -> List.of("ي");
                default -> List.of("و", "ه");
            };
        }
        return switch (v) {
            case "a" -> List.of("", "ا");
            case "e", "i" -> List.of("", "ي");
            default -> List.of("", "و");
        };
    }

    private static List<String> prefixAlef(List<String> letters) {
        return letters.stream().map(l -> l.startsWith("ا") ? l : "ا" + l).toList();
    }
}
