package org.nafitha.municipal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.municipal.MatchDecision;
import org.nafitha.municipal.MunicipalProperties;

/**
 * The matcher on a generated, labelled set: a register of people, then new records that are
 * either one of them written down again (spelling variants, typos, swapped parts, missing
 * grandfather, Latin letters) or a relative who is someone else (sibling, cousin, namesake).
 * Precision and recall of "linked or sent to review", printed and held at 0.95 or better.
 */
class BeneficiaryMatchingTest {

    private final MunicipalProperties.Matching thresholds = new MunicipalProperties.Matching(16, 11, 500);
    private final Matching matching = new Matching(new MatchScorer(thresholds));

    @Test
    void findsTheSamePersonWrittenDifferentlyAndKeepsRelativesApart() {
        var names = new GeneratedNames(23);
        var register = new LinkedHashMap<UUID, Person>();
        for (int i = 0; i < 3000; i++) register.put(UUID.randomUUID(), names.person());
        var index = new HashMap<String, List<UUID>>();
        register.forEach((id, p) -> BlockingKeys.of(p).all().forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(id)));

        var people = List.copyOf(register.keySet());
        int tp = 0, fp = 0, fn = 0, links = 0, wrongLinks = 0, compared = 0;
        var missed = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        for (int i = 0; i < 2000; i++) {
            var source = people.get(i);
            var original = register.get(source);
            var sameOne = i % 2 == 0;
            var query = sameOne ? names.variant(original) : switch (i % 6) {
                case 1 -> names.sibling(original);
                case 3 -> names.cousin(original);
                default -> names.namesake(original);
            };
            Set<UUID> candidates = new HashSet<>();
            BlockingKeys.of(query).all().forEach(k -> candidates.addAll(index.getOrDefault(k, List.of())));
            compared += candidates.size();
            var found = matching.match(query, candidates.stream().map(id -> new Matching.Candidate(id, register.get(id))).toList());
            var foundSource = false;
            for (var m : found) {
                var right = sameOne && m.id().equals(source);
                if (right) { tp++; foundSource = true; } else { fp++; if (wrong.size() < 15) wrong.add(query + "\n   ~ " + register.get(m.id()) + "\n   " + m.score()); }
                if (m.score().decision() == MatchDecision.LINK) { links++; if (!right) wrongLinks++; }
            }
            if (sameOne && !foundSource) { fn++; if (missed.size() < 15) missed.add(query + "\n   ~ " + original); }
        }
        double precision = tp / (double) (tp + fp), recall = tp / (double) (tp + fn);
        System.out.printf("matching: precision %.4f recall %.4f (tp %d fp %d fn %d), links %d of which wrong %d, %.1f candidates per record%n",
                precision, recall, tp, fp, fn, links, wrongLinks, compared / 2000.0);
        missed.forEach(m -> System.out.println("missed: " + m));
        wrong.forEach(w -> System.out.println("wrong: " + w));
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(wrongLinks).isLessThanOrEqualTo(links / 100);
    }
}
