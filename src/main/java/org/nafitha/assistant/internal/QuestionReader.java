package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant.Fact;

/**
 * Reads a question into the words looked for: each phrase the lexicon knows brings the catalogue's
 * words for it, a phrase of another authority's business is marked as such, and a word neither the
 * catalogue nor the lexicon knows is met with the known word it is a dialect form of, else with the
 * known words a letter or two away, else left as a word nobody wrote.
 */
final class QuestionReader {

    /**
     * A word looked for, with the catalogue words the lexicon, its forms or the spelling check gave for it;
     * a word nobody wrote is marked when it may name a thing rather than be a verb.
     */
    record Group(String said, List<String> words, Kind kind, boolean thing) {
        Group(String said, List<String> words, Kind kind) {
            this(said, words, kind, false);
        }
    }

    /** What a word of the question is to the catalogue. */
    enum Kind {
        /** a word of the catalogue or the lexicon, or a form or misspelling of one */
        KNOWN,
        /** a word nobody wrote: it neither points at a service nor away from the catalogue */
        UNKNOWN,
        /** a word of another authority's business (a bill, a loan, a school): a question about it is not ours */
        ELSEWHERE
    }

    /** The question in words: the groups looked for and the facts it carries. */
    record Parsed(List<Group> groups, Set<Fact> facts) {
    }

    /** How words the lexicon has no phrase for are met with known ones. */
    record Unknown(WordForms forms, SpellingFallback spelling, Arabizi arabizi) {
    }

    private final QuestionAnalyzer analyzer;
    private final AnalysedLexicon lexicon;
    private final Set<String> vocabulary;
    private final @Nullable Unknown unknown;
    private final Circumstance circumstance;
    private final TypedForms typed;
    /** The catalogue's words for a loss and a damage, as the lexicon's lines for them bring them. */
    private static final String LOST = "فاقد", DAMAGED = "تالف";
    private final String lost;
    private final String damaged;

    /**
     * @param vocabulary the catalogue's analysed words
     * @param unknown    how to meet an unknown word with known ones; none for the lexicon's own phrases,
     *                   which are read as written
     */
    QuestionReader(QuestionAnalyzer analyzer, AnalysedLexicon lexicon, Set<String> vocabulary, @Nullable Unknown unknown) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        this.unknown = unknown;
        this.circumstance = new Circumstance(analyzer::words, lexicon);
        this.typed = new TypedForms(lexicon, vocabulary);
        this.lost = String.join(" ", analyzer.words(LOST));
        this.damaged = String.join(" ", analyzer.words(DAMAGED));
    }

    Parsed parse(String question) {
        return parse(question, false);
    }

    /**
     * @param lenient whether a word nobody wrote is forgiven a letter typed twice («البطااقة», "countrry") or two
     *                letters swapped («اجتنس») — read so only when the strict reading found nothing
     */
    Parsed parse(String question, boolean lenient) {
        // markup is not part of a question, a number alone says nothing about a service, nor does the
        // word that labels a number the person gives («هويتي 1000000016», "my phone 0551234567"), and
        // neither does what the stemmer leaves of a pronoun or particle («مني» → «من») unless it is a known
        // word or another authority's («حج»)
        var text = question.replaceAll("<[^<>]{0,200}>", " ").replaceAll("[\\p{L}\\p{M}]+[\\s:：-]*[\\d٠-٩]{6,}", " ");
        if (unknown != null) text = circumstance.mark(unknown.arabizi().read(text));
        text = Negation.mark(Possessive.glued(text, w -> {
            var analysed = analyzer.words(w);
            return analysed.size() == 1 && lexicon.expansions().containsKey(analysed);
        }));
        // a short word is kept for a phrase it may begin («خط للعمل») and dropped below when it does not
        var words = analyzer.words(text).stream()
                .map(w -> lenient ? typed.corrected(w) : w)
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .filter(w -> standsAlone(w) || lexicon.inPhrase(w))
                .toList();
        var nouns = nouns(text);
        var facts = new HashSet<Fact>();
        var groups = new ArrayList<Group>();
        for (int i = 0; i < words.size(); ) {
            if (words.get(i).equals(Negation.END)) {
                i++;
                continue;
            }
            var negation = words.get(i).equals(Negation.NOT) || words.get(i).equals(Negation.DENIED);
            int taken = phrase(words, i, groups, facts);
            var alone = taken == 0 && !negation && standsAlone(words.get(i)) ? word(words.get(i), nouns) : null;
            if (alone != null) groups.add(alone);
            // the word a negation stands before is not what is asked about: «مو ضايع» is not lost; a denial
            // means what the lexicon says it does («ما كنت»: an objection), never what is denied («بالسيارة»)
            if (negation && taken <= 1 && i + 1 < words.size() && !words.get(i + 1).equals(Negation.END)) taken = 1 + Math.max(1, phrase(words, i + 1, new ArrayList<>(), new HashSet<>()));
            i += Math.max(taken, 1);
        }
        // a word the lexicon reads as a loss or a damage tells it, however it is said ("ripped", «ضياع», "chewed")
        for (var group : groups) {
            if (group.kind() != Kind.KNOWN) continue;
            if (group.words().contains(lost)) facts.add(Fact.LOST);
            if (group.words().contains(damaged)) facts.add(Fact.DAMAGED);
        }
        // after a loss or damage, a paper asked for anew is its replacement: "lost my licence, need a new one"
        if (facts.contains(Fact.LOST) || facts.contains(Fact.DAMAGED)) groups.removeIf(lexicon::anew);
        return new Parsed(once(groups), facts);
    }

    /**
     * One generic meaning said twice counts once: «استخرج شهادة ميلاد ... من وين اطلعها», "update ... to include her" ask
     * for one thing, and the second saying would let the generic "first issue" or "add" outweigh the paper.
     */
    private List<Group> once(List<Group> groups) {
        var meanings = new HashSet<List<String>>();
        var kept = new ArrayList<Group>();
        for (var g : groups) {
            var meaning = g.words().stream().filter(w -> !w.equals(g.said())).toList();
            if (g.kind() != Kind.KNOWN || meaning.isEmpty() || !lexicon.generic(g) || meanings.add(meaning)) kept.add(g);
        }
        return kept;
    }

    /** Whether a word counts by itself: not what the stemmer leaves of a pronoun or particle («مني» → «من»). */
    private boolean standsAlone(String w) {
        return w.length() > 2 || vocabulary.contains(w) || lexicon.expansions().containsKey(List.of(w))
                || lexicon.elsewhere().contains(List.of(w));
    }

    /** The longest phrase of the lexicon at this word, if any: how many words it took. */
    private int phrase(List<String> words, int at, List<Group> groups, Set<Fact> facts) {
        for (int length = Math.min(Math.max(lexicon.longest(), 1), words.size() - at); length >= 1; length--) {
            var key = typed.phrase(words.subList(at, at + length));
            var fact = lexicon.facts().get(key);
            if (fact != null) facts.add(fact);
            var means = lexicon.expansions().get(key);
            if (lexicon.elsewhere().contains(key)) {
                groups.add(new Group(String.join(" ", key), List.copyOf(key), Kind.ELSEWHERE));
                return length;
            } else if (means != null) {
                var all = new ArrayList<>(key);
                all.addAll(means);
                groups.add(new Group(String.join(" ", key), all.stream().distinct().toList(), Kind.KNOWN));
                return length;
            } else if (fact != null) {
                return length;
            }
        }
        return 0;
    }

    /**
     * A word the lexicon has no phrase for: a catalogue word as it is, else the known words it is a
     * dialect form of («بتنتهي» → «انتهى»), else the known words a letter or two away; none for a filler
     * the stemmer left a clitic on.
     */
    private @Nullable Group word(String word, Set<String> nouns) {
        if (unknown == null) return new Group(word, List.of(word), Kind.KNOWN);
        Predicate<String> telling = w -> lexicon.expansions().containsKey(List.of(w));
        var known = vocabulary.contains(word);
        if (!known && lexicon.filler(word)) return null;
        // another authority's word with a clitic the stemmer leaves on («لقطتي», for my cat; «لتركيا»)
        if (!known) {
            var theirs = WordForms.forms(word).stream().filter(f -> !f.equals(word) && lexicon.elsewhere().contains(List.of(f))).findFirst();
            if (theirs.isPresent()) return new Group(word, List.of(word, theirs.get()), Kind.ELSEWHERE);
        }
        // the conjunction glued on a word too short for its forms: «وامي» (and my mother) is «امي»
        if (!known && word.length() == 3 && word.charAt(0) == 'و' && telling.test(word.substring(1))) {
            var all = new ArrayList<String>(List.of(word, word.substring(1)));
            all.addAll(lexicon.expansions().get(List.of(word.substring(1))));
            return new Group(word, all.stream().distinct().toList(), Kind.KNOWN);
        }
        // a catalogue word may still be a form of a lexicon phrase: «ينتهي» of «انتهى», which means renewing
        var same = known ? unknown.forms().of(word, telling).stream().filter(telling).toList() : unknown.forms().of(word, telling);
        if (known && same.isEmpty()) return new Group(word, List.of(word), Kind.KNOWN);
        if (!same.isEmpty()) {
            var all = new ArrayList<String>(List.of(word));
            for (var form : same) {
                all.add(form);
                all.addAll(lexicon.expansions().getOrDefault(List.of(form), List.of()));
            }
            return new Group(word, all.stream().distinct().toList(), Kind.KNOWN);
        }
        var corrected = unknown.spelling().corrected(word);
        var guess = new Group(word, corrected, Kind.KNOWN);
        // a noun a letter or two from a generic word («الاستيراد» ~ «استخراج») is more likely a thing of its own
        // than a misspelt «issue»: it stays a word nobody wrote
        if (corrected.size() > 1 && !(nouns.contains(word) && lexicon.generic(guess))) return guess;
        return new Group(word, List.of(word), Kind.UNKNOWN, nouns.contains(word) || thing(word));
    }


    /**
     * The analysed words of the question written as nouns: with the article («الاعاقة», «بالمترو») or the
     * ta marbuta («رخصة») — marks the stemmer takes off.
     */
    private Set<String> nouns(String text) {
        var nouns = new HashSet<String>();
        for (var token : text.split("[^\\p{IsArabic}]+")) {
            if (token.length() > 3 && (NOUN_PREFIX.matcher(token).lookingAt() || token.endsWith("ة"))) {
                var analysed = analyzer.words(token);
                if (analysed.size() == 1) nouns.add(analysed.getFirst());
            }
        }
        return nouns;
    }

    private static final Pattern NOUN_PREFIX = Pattern.compile("(ال|وال|بال|فال|كال|لل|عال)");

    /**
     * Else a word nobody wrote may name a thing unless it looks like a verb of the dialects: an Arabic word
     * that begins as the imperfect does («اجيب», «تنقرا», «ويحتاج») or ends as the perfect's «ت»; any
     * English word may.
     */
    static boolean thing(String word) {
        if (!word.chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) return true;
        var w = word.startsWith("و") && word.length() > 3 ? word.substring(1) : word;
        if (w.length() >= 4 && "اتني".indexOf(w.charAt(0)) >= 0) return false;
        return !(w.length() >= 4 && w.endsWith("ت"));
    }
}
