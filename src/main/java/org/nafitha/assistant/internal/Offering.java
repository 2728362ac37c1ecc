package org.nafitha.assistant.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.nafitha.assistant.internal.QuestionReader.Group;
import org.nafitha.assistant.internal.QuestionReader.Kind;
import org.nafitha.assistant.internal.ServiceIndex.Hit;

/**
 * Which of the services found are offered, and in what order. A service is offered when it explains
 * enough of the question's weight, or is about most of its words; or, when it stands well above the
 * next one and the question has no word of another authority's business, when it explains a smaller
 * share: the rest is a person's own story around one clear thing («صارت بالبيت», "in a taxi"). At least
 * one word must be one the service is about; when the question has a word of its own the catalogue does
 * not explain — a thing, or any word nobody wrote («عندي اجتماع مع العميل»: a meeting, only generically a
 * business visitor's) — one of them must be more than a generic word. Among those offered, a service about more
 * of the question's words comes a little ahead: «اقامتي انسرقت مع شنطتي» is the residence card stolen
 * with a bag, before the report of a lost bag.
 */
record Offering(List<Group> groups, double total, Predicate<Group> generic, Predicate<Group> says, Predicate<Hit> firstIssue) {

    /** The share of the question's weight a service must explain to be offered. */
    static final double EXPLAINS = 0.45;
    /** The share of the question's words a service about several of them must be about to be offered however it scores. */
    static final double COVERS = 0.5;
    /** How far ahead of the next a service stands to be offered for a smaller share ({@link #CLEAR}) of the question. */
    static final double MARGIN = 1.25;
    static final double CLEAR = 0.3;
    /** How close to the best a first issue must score to come first when the question does not say what is to be done. */
    static final double UNSAID = 0.9;
    /** How much each word of the question a service is about adds to its rank (not to its score). */
    static final double ABOUT = 0.15;

    List<Hit> of(List<Hit> hits, Aboutness about) {
        if (hits.isEmpty() || total <= 0) return List.of();
        var unexplained = groups.stream().anyMatch(g -> g.kind() == Kind.ELSEWHERE || g.kind() == Kind.UNKNOWN);
        var elsewhere = groups.stream().anyMatch(g -> g.kind() == Kind.ELSEWHERE);
        var words = groups.stream().filter(g -> g.kind() != Kind.UNKNOWN || g.thing()).count();
        var first = hits.getFirst();
        var ahead = !elsewhere && (hits.size() == 1 || first.score() >= MARGIN * hits.get(1).score());
        var offered = hits.stream()
                .filter(h -> h.about() >= 1 && (h.score() / total >= EXPLAINS || h.about() >= 2 && h.about() >= COVERS * words && aboutAThing(h, about)
                        || h == first && ahead && h.score() / total >= CLEAR && aboutAThing(h, about)))
                .filter(h -> !unexplained || aboutAThing(h, about))
                .sorted(Comparator.comparingDouble((Hit h) -> h.score() * (1 + ABOUT * h.about())).reversed())
                .toList();
        return saysWhatToDo() ? offered : firstIssueAhead(offered);
    }

    /**
     * Whether a word of the question says what is to be done (or which kind of paper): one of the generic words or
     * a word that brings one («انسرقت»: replaced), or a word nobody wrote, which may be one misspelt («renwal») or in a way the lexicon does not know.
     */
    private boolean saysWhatToDo() {
        return groups.stream().anyMatch(g -> g.kind() == Kind.UNKNOWN || g.kind() == Kind.KNOWN && says.test(g));
    }

    /**
     * A paper asked for without a word of what is to be done with it («جواز سفر لبنتي», «عايز اعمل باسبور») is
     * asked for the first time: a first issue about as good as the best comes first.
     */
    private List<Hit> firstIssueAhead(List<Hit> offered) {
        if (offered.size() < 2 || firstIssue.test(offered.getFirst())) return offered;
        var best = offered.getFirst().score();
        var issue = offered.stream().filter(h -> h.score() >= UNSAID * best && firstIssue.test(h)).findFirst();
        if (issue.isEmpty()) return offered;
        var reordered = new ArrayList<Hit>(List.of(issue.get()));
        offered.stream().filter(h -> h != issue.get()).forEach(reordered::add);
        return reordered;
    }

    /** Whether the service is about one of the question's known words that is more than a generic one. */
    private boolean aboutAThing(Hit hit, Aboutness about) {
        for (int i = 0; i < groups.size(); i++) {
            var g = groups.get(i);
            if (g.kind() == Kind.KNOWN && about.of(g, hit) && !generic.test(g) && !describes(i)) return true;
        }
        return false;
    }

    /**
     * Whether the word only says whose or what another authority's thing is: «تأمين السيارة», "car insurance",
     * «بطاقة البنك» — the car is ours, the insurance is not. Arabic puts the thing first and what it is of
     * after it; English the other way round.
     */
    private boolean describes(int at) {
        var arabic = groups.get(at).said().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
        var thing = arabic ? at - 1 : at + 1;
        return thing >= 0 && thing < groups.size() && groups.get(thing).kind() == Kind.ELSEWHERE;
    }

    /** Whether a word of the question is one a service is about. */
    interface Aboutness {
        boolean of(Group group, Hit hit);
    }
}
