package org.nafitha.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/** Statistical disclosure control of one group of published counts: primary and secondary suppression. */
final class CellSuppression {

    private CellSuppression() {
    }

    /**
     * The cells of one group and, last, their total, with what may not be published set to null.
     * Afterwards no suppressed cell is the only unknown of its group: either the total is
     * suppressed too, or at least two cells are.
     */
    static List<@Nullable Long> publish(List<Long> cells, int min) {
        long total = cells.stream().mapToLong(Long::longValue).sum();
        var out = new ArrayList<@Nullable Long>(cells);
        out.add(total);
        // Primary: small counts (zero is published: it tells about nobody).
        for (int i = 0; i < out.size(); i++) {
            var v = out.get(i);
            if (v != null && v > 0 && v < min) out.set(i, null);
        }
        boolean totalHidden = out.getLast() == null;
        long hidden = out.subList(0, cells.size()).stream().filter(v -> v == null).count();
        if (hidden == 1 && !totalHidden) {
            // Secondary: hide the smallest other non-zero cell (a hidden zero would hide nothing), or
            // the total when there is none.
            var next = IntStream.range(0, cells.size()).filter(i -> out.get(i) != null && cells.get(i) > 0)
                    .boxed().min(Comparator.comparing(cells::get));
            if (next.isPresent()) out.set(next.get(), null);
            else out.set(cells.size(), null);
        }
        return out;
    }
}
