package org.nafitha.municipal.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.internal.MatchScorer.Level;
import org.nafitha.municipal.internal.MatchScorer.Weight;

/**
 * How far two records agree on one field: two name parts exactly, closely (Jaro–Winkler on the
 * compared forms, from Commons Text) or not at all; two births by date, year or a year apart.
 */
final class FieldAgreement {

    private static final double CLOSE = 0.88;
    private static final double LATIN_CLOSE = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private FieldAgreement() {
    }

    static Level level(Person.@Nullable Part a, Person.@Nullable Part b) {
        if (a == null || b == null) return Level.MISSING;
        if (a.arabic().equals(b.arabic())) return Level.EXACT;
        if (NameForms.hasArabic(a.arabic()) && NameForms.hasArabic(b.arabic())) {
            // Both in Arabic letters: the folded spelling is more telling than the skeleton (حسن, حسين).
            return JARO_WINKLER.apply(a.arabic(), b.arabic()) >= CLOSE ? Level.CLOSE : Level.DIFFERENT;
        }
        if (!a.skeleton().isEmpty() && a.skeleton().equals(b.skeleton())) return Level.EXACT;
        if (NameForms.soft(a.skeleton()).equals(NameForms.soft(b.skeleton()))) return Level.CLOSE;
        return JARO_WINKLER.apply(a.skeleton(), b.skeleton()) >= LATIN_CLOSE ? Level.CLOSE : Level.DIFFERENT;
    }

    /** Same date; same year (one side may know only the year); a year apart; otherwise different. */
    static Weight birth(Person a, Person b) {
        var ya = a.year();
        var yb = b.year();
        if (ya == null || yb == null) return new Weight("birth", Level.MISSING, 0);
        if (a.birthDate() != null && a.birthDate().equals(b.birthDate())) return new Weight("birth", Level.EXACT, MatchScorer.log2(0.80 / 0.001));
        if (ya.equals(yb)) {
            var bothDates = a.birthDate() != null && b.birthDate() != null;
            return bothDates ? new Weight("birth", Level.YEAR, MatchScorer.log2(0.08 / 0.025))
                    : new Weight("birth", Level.YEAR, MatchScorer.log2(0.85 / 0.025));
        }
        if (Math.abs(ya - yb) == 1) return new Weight("birth", Level.NEAR_YEAR, MatchScorer.log2(0.06 / 0.05));
        return new Weight("birth", Level.DIFFERENT, MatchScorer.log2(0.01 / 0.92));
    }
}
