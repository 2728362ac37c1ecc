package org.nafitha.analytics;

import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/** Percentiles of counted values (days taken, minutes waited), for analytics and the modules that give it figures. */
public final class Histograms {

    private Histograms() {
    }

    /**
     * Nearest rank: the smallest value at or below which at least {@code q} of the counted items fall.
     *
     * @param counts how many items had each value
     * @return null when nothing was counted
     */
    public static @Nullable Long nearestRank(SortedMap<Long, Long> counts, double q) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return null;
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (var bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) return bucket.getKey();
        }
        return counts.lastKey();
    }
}
