package org.nafitha.municipal.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.MatchDecision;
import org.nafitha.municipal.MunicipalProperties;
import java.util.Locale;

/**
 * Fellegi–Sunter scoring of a pair: each field agrees exactly, closely or not at all
 * ({@link FieldAgreement}), and adds log2(m/u) — m the chance of that
 * outcome for the same person, u for two people picked at random. A field missing on either
 * side adds nothing. The weights are kept per field so a reviewer sees which parts agreed.
 * Two national IDs decide on their own: equal is the same person, different are two people.
 */
public final class MatchScorer {

    /** How one field compared, and what it added to the score. */
    public record Weight(String field, Level level, double weight) {
        @Override
        public String toString() {
            return field + "=" + level + "(" + (weight >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", weight) + ")";
        }
    }

    public enum Level { EXACT, CLOSE, SWAPPED, YEAR, NEAR_YEAR, DIFFERENT, MISSING }

    public record Score(double total, MatchDecision decision, List<Weight> weights) {
        public String explanation() {
            return String.join(" ", weights.stream().map(Weight::toString).toList());
        }
    }

    /** m and u of agreeing exactly and closely; disagreeing takes the rest. */
    private record Field(String name, double mExact, double uExact, double mClose, double uClose) {
        double weight(Level level) {
            return switch (level) {
                case EXACT -> log2(mExact / uExact);
                case CLOSE, SWAPPED -> log2(mClose / uClose);
                case DIFFERENT -> log2((1 - mExact - mClose) / (1 - uExact - uClose));
                default -> 0;
            };
        }
    }

    private static final Field FIRST = new Field("first", 0.90, 0.02, 0.095, 0.03);
    private static final Field FATHER = new Field("father", 0.90, 0.02, 0.095, 0.03);
    private static final Field GRANDFATHER = new Field("grandfather", 0.85, 0.02, 0.12, 0.03);
    private static final Field FAMILY = new Field("family", 0.90, 0.01, 0.095, 0.02);
    private static final Field MOTHER = new Field("mother", 0.85, 0.02, 0.12, 0.04);
    private static final Field PLACE = new Field("place", 0.85, 0.25, 0.10, 0.10);
    private static final double SAME_ID = 40;
    private static final double OTHER_ID = -40;

    private final MunicipalProperties.Matching thresholds;

    public MatchScorer(MunicipalProperties.Matching thresholds) {
        this.thresholds = thresholds;
    }

    public Score score(Person a, Person.Forms fa, Person b, Person.Forms fb) {
        var weights = new ArrayList<Weight>();
        if (a.nationalId() != null && b.nationalId() != null) {
            var same = a.nationalId().equals(b.nationalId());
            weights.add(new Weight("nationalId", same ? Level.EXACT : Level.DIFFERENT, same ? SAME_ID : OTHER_ID));
            return decide(weights);
        }
        var first = FieldAgreement.level(fa.first(), fb.first());
        var father = FieldAgreement.level(fa.father(), fb.father());
        if (first == Level.DIFFERENT && father == Level.DIFFERENT
                && FieldAgreement.level(fa.first(), fb.father()) != Level.DIFFERENT
                && FieldAgreement.level(fa.father(), fb.first()) != Level.DIFFERENT) {
            first = Level.SWAPPED;
            father = Level.SWAPPED;
        }
        weights.add(new Weight(FIRST.name(), first, FIRST.weight(first)));
        weights.add(new Weight(FATHER.name(), father, FATHER.weight(father)));
        add(weights, GRANDFATHER, fa.grandfather(), fb.grandfather());
        add(weights, FAMILY, fa.family(), fb.family());
        add(weights, MOTHER, fa.mother(), fb.mother());
        weights.add(FieldAgreement.birth(a, b));
        add(weights, PLACE, fa.place(), fb.place());
        return decide(weights);
    }

    private Score decide(List<Weight> weights) {
        var total = weights.stream().mapToDouble(Weight::weight).sum();
        var decision = total >= thresholds.link() ? MatchDecision.LINK
                : total >= thresholds.review() ? MatchDecision.REVIEW : MatchDecision.DISTINCT;
        return new Score(Math.round(total * 100) / 100.0, decision, List.copyOf(weights));
    }

    private static void add(List<Weight> weights, Field field, Person.@Nullable Part a, Person.@Nullable Part b) {
        var level = FieldAgreement.level(a, b);
        weights.add(new Weight(field.name(), level, field.weight(level)));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
