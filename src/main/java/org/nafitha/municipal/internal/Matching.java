package org.nafitha.municipal.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.nafitha.municipal.MatchDecision;

/**
 * One new record against the candidates its blocking keys found: each pair scored, the ones to
 * link or review kept, best first. The candidates come from the register ({@link Beneficiaries})
 * or, in tests and the benchmark, from an index in memory built on the same keys.
 */
public final class Matching {

    public record Candidate(UUID id, Person person) {
    }

    public record Match(UUID id, MatchScorer.Score score) {
    }

    private final MatchScorer scorer;

    public Matching(MatchScorer scorer) {
        this.scorer = scorer;
    }

    public List<Match> match(Person person, List<Candidate> candidates) {
        var forms = person.forms();
        return candidates.stream()
                .map(c -> new Match(c.id(), scorer.score(person, forms, c.person(), c.person().forms())))
                .filter(m -> m.score().decision() != MatchDecision.DISTINCT)
                .sorted(Comparator.comparingDouble((Match m) -> m.score().total()).reversed())
                .toList();
    }
}
