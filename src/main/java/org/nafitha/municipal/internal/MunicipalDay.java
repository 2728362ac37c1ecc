package org.nafitha.municipal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One municipality's day in the operations room's daily report: each of {@link #FIGURES} and its count. */
public record MunicipalDay(Map<String, Integer> counts) {

    /** The day's figures, in the order the report shows them. */
    public static final List<String> FIGURES = List.of("registrationsVerified", "assessmentsFiled", "householdsAssessed",
            "peopleAssessed", "beneficiariesFiled", "duplicatesFound", "duplicatesResolved", "aidGranted",
            "complaintsOpened", "complaintsClosed", "complaintsEscalated");

    static final MunicipalDay NONE = new MunicipalDay(Map.of());

    public MunicipalDay {
        counts = Map.copyOf(counts);
    }

    public int get(String figure) {
        return counts.getOrDefault(figure, 0);
    }

    MunicipalDay plus(String figure, int n) {
        var more = new HashMap<>(counts);
        more.merge(figure, n, Integer::sum);
        return new MunicipalDay(more);
    }

    MunicipalDay plus(MunicipalDay o) {
        var sum = this;
        for (var e : o.counts.entrySet()) sum = sum.plus(e.getKey(), e.getValue());
        return sum;
    }

    public boolean quiet() {
        return counts.values().stream().allMatch(n -> n == 0);
    }

    /** The sum of a day's lines. */
    public static MunicipalDay total(Map<String, MunicipalDay> days) {
        return days.values().stream().reduce(NONE, MunicipalDay::plus);
    }
}
