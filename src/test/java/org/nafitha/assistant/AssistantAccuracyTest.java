package org.nafitha.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.portal.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The question set written for the assistant (src/test/resources/assistant/questions.tsv): people's
 * own phrasings in standard Arabic, Gulf, Egyptian, Levantine and Iraqi dialect, Arabizi, English,
 * with typos, for every service of the catalogue, and questions the catalogue does not answer.
 * Questions about the staff services are asked by a member of staff, the rest by an anonymous
 * visitor, as on the portal. The figures are printed; the thresholds are the issue's (before issue 25's seventh
 * round 99.3 % first, 99.6 % in the first three, 97.5 % not found; after it 99.6 / 99.6 / 97.5 %). Beside it, the
 * sets written later: held-out.tsv, blind.tsv, blind2.tsv, blind3.tsv, blind4.tsv, blind5.tsv (since issue 25's
 * seventh round), blind6.tsv (since its eighth round) and blind7.tsv (since its ninth round) are development sets now:
 * their misses are printed and were read. blind8.tsv (since the ninth round) is the one blind set: only its figures
 * are printed, never its misses.
 */
@NafithaTest
class AssistantAccuracyTest {

    @Autowired
    Assistant assistant;
    @Autowired
    Catalogue catalogue;
    @Autowired
    PortalProperties portal;

    // The first blind set measured before issue 25's second round: 69.0 % first, 69.8 % in the first three,
    // 66.7 % not found; after it: 87.1 %, 88.8 %, 74.1 %. A development set since the third round, which
    // took it to 96.6 %, 98.3 %, 92.6 %; 99.1 / 100 / 96.3 % before the sixth, 100 / 100 / 96.3 % after it, unchanged
    // by the seventh. The floors sit a little under.
    static final double BLIND_FIRST_FLOOR = 99.0, BLIND_TOP_THREE_FLOOR = 99.5, BLIND_NOT_FOUND_FLOOR = 96.0;

    // The second blind set: 86.2 / 90.8 / 77.6 % after the third round; a development set in the fourth, which took
    // it to 94.9 / 96.4 / 91.8 %; 96.4 / 97.4 / 91.8 % before the sixth, 99.0 / 99.0 / 95.9 % after it, unchanged by the
    // seventh.
    static final double BLIND2_FIRST_FLOOR = 98.5, BLIND2_TOP_THREE_FLOOR = 98.5, BLIND2_NOT_FOUND_FLOOR = 95.5;

    // The third blind set: 80.8 / 87.9 / 89.8 % before the fourth round, 81.9 / 88.5 / 91.8 % after it; a
    // development set in the fifth, which took it to 87.9 / 92.3 / 93.9 %, and the sixth to 93.4 / 95.6 / 100 %; before
    // the seventh 93.4 / 95.6 / 100 %, after it 95.6 / 97.3 / 100 %; after the eighth 96.7 / 97.3 / 100 %.
    static final double BLIND3_FIRST_FLOOR = 96.5, BLIND3_TOP_THREE_FLOOR = 97.0, BLIND3_NOT_FOUND_FLOOR = 99.5;

    // The fourth blind set: measured before the fifth round, 75.9 % first, 83.8 % in the first three, 76.6 % not
    // found; after it, 81.2 %, 86.4 %, 83.0 %. A development set in the sixth round, which took it from those
    // figures to 94.8 %, 96.3 %, 100 %; before the seventh round 94.8 / 96.3 / 100 %, after it 95.8 / 97.9 / 100 %; after
    // the eighth 96.9 / 97.9 / 100 %.
    static final double BLIND4_FIRST_FLOOR = 96.5, BLIND4_TOP_THREE_FLOOR = 97.5, BLIND4_NOT_FOUND_FLOOR = 99.5;

    // The fifth blind set: 80.6 / 82.4 / 95.9 % after the sixth round; a development set in the seventh, which took it
    // to 97.2 / 97.7 / 98.0 %; 97.7 / 97.7 / 98.0 % after the eighth. The floors sit a little under.
    static final double BLIND5_FIRST_FLOOR = 97.5, BLIND5_TOP_THREE_FLOOR = 97.5, BLIND5_NOT_FOUND_FLOOR = 97.5;

    // The sixth blind set: 82.9 / 83.3 / 85.5 % after the seventh round, measured blind; a development set in the
    // eighth round, which took it to 93.4 / 94.7 / 98.2 %. The floors sit a little under.
    static final double BLIND6_FIRST_FLOOR = 93.0, BLIND6_TOP_THREE_FLOOR = 94.5, BLIND6_NOT_FOUND_FLOOR = 98.0;

    // The seventh blind set: 84.3 / 86.5 / 90.9 % after the eighth round, measured blind; a development set in the
    // ninth round, which took it to 96.0 / 96.9 / 100 %. The floors sit a little under.
    static final double BLIND7_FIRST_FLOOR = 95.5, BLIND7_TOP_THREE_FLOOR = 96.5, BLIND7_NOT_FOUND_FLOOR = 99.5;

    // The eighth blind set, the one whose misses are not printed: floors just under its figures after the ninth round.
    static final double BLIND8_FIRST_FLOOR = 87.5, BLIND8_TOP_THREE_FLOOR = 90.5, BLIND8_NOT_FOUND_FLOOR = 94.5;

    record Question(String text, String expected) {
    }

    /** The shares of one question set: right first, in the first three, out of scope answered "not found". */
    record Figures(int questions, int inScope, int outOfScope, double first, double topThree, double notFound) {
    }

    @Test
    void theRightServiceComesFirstForNineInTenAndOutOfScopeQuestionsAreNotFound() throws IOException {
        var questions = questions("assistant/questions.tsv");
        var figures = measure("question set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(300);
        assertThat(questions.stream().map(Question::expected).filter(e -> !e.equals("NONE")).distinct().sorted().toList())
                .as("every service of the catalogue is asked about")
                .isEqualTo(catalogue.all().stream().map(s -> s.code()).sorted().toList());
        assertThat(figures.first()).as("right service first").isGreaterThanOrEqualTo(90.0);
        assertThat(figures.topThree()).as("right service in the first three").isGreaterThanOrEqualTo(97.0);
        assertThat(figures.notFound()).as("out-of-scope answered not found").isGreaterThanOrEqualTo(95.0);
    }

    /**
     * Questions written after the lexicon was first tuned (57.5 % first, 62.5 % in the first three,
     * 66.7 % not found then). Since issue 25's second round it is a development set like
     * questions.tsv: its misses were read and the assistant changed for them (dialect forms, the
     * "explains enough of the question" check, general vocabulary), so its figures no longer say how
     * unseen phrasings fare — the second blind set below does. 92.5 / 97.5 / 100 % after the second
     * round, 95.0 / 97.5 / 100 % after the third, 97.5 / 100 / 100 % after the sixth, unchanged by the seventh. The
     * floors sit a little under what was measured.
     */
    @Test
    void theHeldOutSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var figures = measure("held-out set", questions("assistant/held-out.tsv"));
        assertThat(figures.first()).as("held-out: right service first").isGreaterThanOrEqualTo(97.0);
        assertThat(figures.topThree()).as("held-out: right service in the first three").isGreaterThanOrEqualTo(99.5);
        assertThat(figures.notFound()).as("held-out: out-of-scope answered not found").isGreaterThanOrEqualTo(99.5);
    }

    /**
     * The first blind set, written before the second round of issue 25 and not used to tune anything in
     * it (measured twice: 69.0 → 87.1 % first). Since the third round it is a development set like
     * questions.tsv and held-out.tsv: its misses are printed and were read, and the assistant changed
     * for them (Arabizi read as Arabic, the «و» the stemmer cut, generic words against unexplained
     * things, scoring a word for the best of its ways), so its figures no longer say how unseen
     * phrasings fare — the second blind set below does.
     */
    @Test
    void theFirstBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var figures = measure("blind set", questions("assistant/blind.tsv"));
        assertThat(figures.first()).as("blind: right service first").isGreaterThanOrEqualTo(BLIND_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind: right service in the first three").isGreaterThanOrEqualTo(BLIND_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND_NOT_FOUND_FLOOR);
    }

    /**
     * The second blind set (src/test/resources/assistant/blind2.tsv), written at the start of issue 25's
     * third round, before any change of that round. Measured blind twice: before the third round, 80.1 %
     * first, 85.7 % in the first three, 53.1 % of the out-of-scope questions answered "not found"; after
     * it, 86.2 %, 90.8 %, 77.6 %. Since the fourth round it is a development set: its misses are printed
     * and were read, and the lexicon changed for them (94.9 / 96.4 / 91.8 % after), so its figures no
     * longer say how unseen phrasings fare — the third blind set below does.
     */
    @Test
    void theSecondBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind2.tsv");
        var figures = measure("second blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(150);
        assertThat(figures.first()).as("blind2: right service first").isGreaterThanOrEqualTo(BLIND2_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind2: right service in the first three").isGreaterThanOrEqualTo(BLIND2_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind2: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND2_NOT_FOUND_FLOOR);
    }

    /**
     * The third blind set (src/test/resources/assistant/blind3.tsv), written at the start of issue 25's
     * fourth round, before any change of it, without reading the lexicon. Measured blind twice: 80.8 %
     * first, 87.9 % in the first three, 89.8 % not found before the fourth round; 81.9 %, 88.5 %, 91.8 %
     * after it. Since the fifth round it is a development set: its misses are printed and were read, and
     * the scoring changed for them (negations, a clear service among a person's story, our word that only
     * says whose another authority's thing is) with the lexicon, so its figures no longer say how unseen
     * phrasings fare — the fourth blind set below did. 93.4 / 95.6 / 100 % after the sixth round.
     */
    @Test
    void theThirdBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind3.tsv");
        var figures = measure("third blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind3: right service first").isGreaterThanOrEqualTo(BLIND3_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind3: right service in the first three").isGreaterThanOrEqualTo(BLIND3_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind3: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND3_NOT_FOUND_FLOOR);
    }

    /**
     * The fourth blind set (src/test/resources/assistant/blind4.tsv), written at the start of issue 25's
     * fifth round, before any change of it and before reading the lexicon or the scoring. Measured blind
     * twice: 75.9 % first, 83.8 % in the first three, 76.6 % not found before the fifth round; 81.2 %, 86.4 %,
     * 83.0 % after it. A development set since the sixth round: its misses are printed and were read, and the
     * assistant changed for them (another authority's word that is only a circumstance — what our paper is
     * for, where someone comes from or travels to; words the stemmer merges read apart; a paper asked for
     * anew after a loss is its replacement, without a word of what to do its first issue; a thing's kind of
     * paper does not make it about every paper of that kind) with the lexicon, which took it to 94.8 %,
     * 96.3 %, 100 %; so its figures no longer say how unseen phrasings fare — the next blind set does.
     */
    @Test
    void theFourthBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind4.tsv");
        var figures = measure("fourth blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind4: right service first").isGreaterThanOrEqualTo(BLIND4_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind4: right service in the first three").isGreaterThanOrEqualTo(BLIND4_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind4: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND4_NOT_FOUND_FLOOR);
    }

    /**
     * The fifth blind set (src/test/resources/assistant/blind5.tsv), written at the start of issue 25's sixth
     * round by someone who had read only the catalogue's codes, names and summaries — not the lexicon, the
     * scoring, any earlier set — and kept out of the tuner's sight until the round ended. Measured blind twice:
     * 76.9 % first, 79.2 % in the first three, 89.8 % not found before the sixth round; 80.6 %, 82.4 %, 95.9 % after
     * it. A development set since the seventh round: its misses are printed and were read, classified (words and
     * dialect forms the lexicon did not know, morphology and negations misread, situations told without the
     * paper's name, another authority that only asks for our paper or is where someone is) and fixed by class —
     * whole dialect families, the tanween's alef, clause ends, typos forgiven when nothing is found — which took it
     * to 97.2 % first, 97.7 % in the first three, 98.0 % not found; so its figures no longer say how unseen phrasings fare — the next blind set will.
     */
    @Test
    void theFifthBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind5.tsv");
        var figures = measure("fifth blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind5: right service first").isGreaterThanOrEqualTo(BLIND5_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind5: right service in the first three").isGreaterThanOrEqualTo(BLIND5_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind5: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND5_NOT_FOUND_FLOOR);
    }

    /**
     * The sixth blind set (src/test/resources/assistant/blind6.tsv), written at the start of issue 25's seventh round
     * by someone who had read only the catalogue's codes, names and summaries — not the lexicon, the scoring, any
     * earlier set — and kept out of the tuner's sight until the round ended. Measured blind twice: 75.0 % first,
     * 76.3 % in the first three, 81.8 % not found before the seventh round; 82.9 %, 83.3 %, 85.5 % after it. A
     * development set since the eighth round: its misses are printed and were read, classified (words and dialect
     * forms the lexicon did not know — the Maghreb's, Sudan's, Yemen's among them —, verbs and phrases in another person
     * or with a particle, a theft read as a lost item, a story around one clear thing, another authority's birthday,
     * series, football or hotel stay) and fixed by class, which took it to 93.4 % first, 94.7 % in the first three,
     * 98.2 % not found; so its figures no longer say how unseen phrasings fare — the next blind set will.
     */
    @Test
    void theSixthBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind6.tsv");
        var figures = measure("sixth blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind6: right service first").isGreaterThanOrEqualTo(BLIND6_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind6: right service in the first three").isGreaterThanOrEqualTo(BLIND6_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind6: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND6_NOT_FOUND_FLOOR);
    }

    /**
     * The seventh blind set (src/test/resources/assistant/blind7.tsv), written at the start of issue 25's eighth round
     * by someone who had read only the catalogue's codes, names and summaries — not the lexicon, the scoring, any
     * earlier set — and kept out of the tuner's sight until the round ended. Measured blind twice: 78.5 % first,
     * 82.1 % in the first three, 89.1 % not found before the eighth round; 84.3 %, 86.5 %, 90.9 % after it. A
     * development set since the ninth round: its misses are printed and were read, classified (words and dialect forms
     * the lexicon did not know, Arabizi misread, «ما إذا» read as a negation, another authority's word that is only a
     * circumstance — what a paper is for, what was paid with, the doctor who wrote a note, one's own shop or flat, under
     * whose sponsorship —, other authorities' business answered) and fixed by class, which took it to 96.0 % first,
     * 96.9 % in the first three, 100 % not found; so its figures no longer say how unseen phrasings fare — the next blind
     * set will.
     */
    @Test
    void theSeventhBlindSetNowADevelopmentSetIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind7.tsv");
        var figures = measure("seventh blind set", questions);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind7: right service first").isGreaterThanOrEqualTo(BLIND7_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind7: right service in the first three").isGreaterThanOrEqualTo(BLIND7_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind7: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND7_NOT_FOUND_FLOOR);
    }

    /**
     * The eighth blind set (src/test/resources/assistant/blind8.tsv), written at the start of issue 25's ninth round by
     * someone who had read only the catalogue's codes, names and summaries — not the lexicon, the scoring, any earlier
     * set — and kept out of the tuner's sight until the round ended. Only its figures are printed, never the questions
     * it misses. Measured twice: 86.9 % first, 90.0 % in the first three, 91.2 % not found before the round; 87.8 %, 91.0 %, 94.7 %
     * after it.
     */
    @Test
    void anEighthBlindSetNobodyReadsTheMissesOfIsPrintedBesideAFloor() throws IOException {
        var questions = questions("assistant/blind8.tsv");
        var figures = measure("eighth blind set", questions, false);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(200);
        assertThat(figures.first()).as("blind8: right service first").isGreaterThanOrEqualTo(BLIND8_FIRST_FLOOR);
        assertThat(figures.topThree()).as("blind8: right service in the first three").isGreaterThanOrEqualTo(BLIND8_TOP_THREE_FLOOR);
        assertThat(figures.notFound()).as("blind8: out-of-scope answered not found").isGreaterThanOrEqualTo(BLIND8_NOT_FOUND_FLOOR);
    }

    private Figures measure(String name, List<Question> questions) {
        return measure(name, questions, true);
    }

    private Figures measure(String name, List<Question> questions, boolean printMisses) {
        var staff = new Actor("assistant-accuracy-officer", null, "موظف", Set.of(Role.OFFICER), "passports");
        int inScope = 0, first = 0, topThree = 0, outOfScope = 0, notFound = 0;
        var misses = new ArrayList<String>();
        for (var q : questions) {
            var forStaff = !q.expected().equals("NONE")
                    && portal.staffSectors().contains(catalogue.find(q.expected()).orElseThrow().sector());
            var reply = assistant.ask(q.text(), Locale.forLanguageTag("ar"), forStaff ? staff : null);
            var codes = reply.answers().stream().map(Assistant.Answer::service).toList();
            if (q.expected().equals("NONE")) {
                outOfScope++;
                if (reply.notFound()) notFound++;
                else misses.add("found for out-of-scope: " + q.text() + " → " + codes);
            } else {
                inScope++;
                if (!codes.isEmpty() && codes.getFirst().equals(q.expected())) first++;
                else misses.add("not first: " + q.text() + " [" + q.expected() + "] → " + codes);
                if (codes.stream().limit(3).anyMatch(q.expected()::equals)) topThree++;
            }
        }
        var figures = new Figures(questions.size(), inScope, outOfScope, 100.0 * first / inScope,
                100.0 * topThree / inScope, 100.0 * notFound / outOfScope);
        if (printMisses) misses.forEach(m -> System.out.println("assistant accuracy, " + name + ": " + m));
        System.out.printf(Locale.ROOT, "assistant accuracy, %s: %d questions (%d in scope, %d out of scope): right service "
                        + "first %.1f %% (%d), in the first three %.1f %% (%d), out of scope answered \"not found\" %.1f %% (%d)%n",
                name, questions.size(), inScope, outOfScope, figures.first(), first, figures.topThree(), topThree,
                figures.notFound(), notFound);
        return figures;
    }

    static List<Question> questions(String file) throws IOException {
        var text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(p -> new Question(p[0].strip(), p[1].strip()))
                .toList();
    }
}
