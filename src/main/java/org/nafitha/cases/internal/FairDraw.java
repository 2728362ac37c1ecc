package org.nafitha.cases.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Fair assignment: among the eligible members of staff, one is drawn at random, each weighted by
 * {@code 1 / (1 + open cases they hold)}, so the less loaded are more likely but nobody — applicant,
 * officer or head — can predict or steer who gets a case. The draw is a pure function of the
 * candidates (in username order, with their loads) and a 64-bit seed from a strong random source;
 * both are recorded, and {@link #replay} gives anyone the same answer later.
 */
public record FairDraw(List<Candidate> candidates, long seed, String chosen) {

    public record Candidate(String username, int load) {
    }

    public static FairDraw draw(List<Candidate> candidates, long seed) {
        if (candidates.isEmpty()) throw new IllegalArgumentException("nobody to draw from");
        var ordered = candidates.stream().sorted(Comparator.comparing(Candidate::username)).toList();
        var total = ordered.stream().mapToDouble(FairDraw::weight).sum();
        var point = new SplittableRandom(seed).nextDouble() * total;
        var chosen = ordered.getLast().username();
        for (var c : ordered) {
            point -= weight(c);
            if (point < 0) {
                chosen = c.username();
                break;
            }
        }
        return new FairDraw(ordered, seed, chosen);
    }

    /** The draw again from its record, e.g. by an inspector: true if it chose whom it says it chose. */
    public static boolean replay(String recordedCandidates, long seed, String recordedChoice) {
        return draw(parse(recordedCandidates), seed).chosen().equals(recordedChoice);
    }

    private static double weight(Candidate c) {
        return 1.0 / (1 + c.load());
    }

    /** As stored: {@code officer1:3,officer2:0}. */
    public String recorded() {
        return candidates.stream().map(c -> c.username() + ":" + c.load()).collect(Collectors.joining(","));
    }

    public static List<Candidate> parse(String recorded) {
        return Arrays.stream(recorded.split(",")).map(s -> {
            var i = s.lastIndexOf(':');
            return new Candidate(s.substring(0, i), Integer.parseInt(s.substring(i + 1)));
        }).toList();
    }
}
