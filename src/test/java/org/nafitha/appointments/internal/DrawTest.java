package org.nafitha.appointments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DrawTest {

    private static final String SEED = "5f0c1e7a9b3d4c2e8f6a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e";
    private static final String OTHER_SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private static List<Draw.Entry> entries(int n) {
        var entries = new ArrayList<Draw.Entry>();
        for (int i = 0; i < n; i++) {
            entries.add(new Draw.Entry(UUID.nameUUIDFromBytes(("e" + i).getBytes()), i % 3, "17%08d".formatted(i), "passport-issue"));
        }
        return entries;
    }

    @Test
    void theAllotmentDoesNotDependOnTheOrderInWhichRequestsArrived() {
        var arrival = entries(200);
        var free = Map.of(0L, 5, 1L, 5, 2L, 5);
        var winners = Draw.allot(SEED, arrival, free);

        for (int round = 0; round < 20; round++) {
            var shuffled = new ArrayList<>(arrival);
            Collections.shuffle(shuffled, new Random(round));
            assertThat(Draw.allot(SEED, shuffled, free)).containsExactlyInAnyOrderElementsOf(winners);
        }
        var reversed = new ArrayList<>(arrival);
        Collections.reverse(reversed);
        assertThat(Draw.allot(SEED, reversed, free)).containsExactlyInAnyOrderElementsOf(winners);
    }

    @Test
    void theSameSeedGivesTheSameAllotmentAndSeatsAreNeverExceeded() {
        var entries = entries(200);
        var free = Map.of(0L, 5, 1L, 2, 2L, 0);
        var first = Draw.allot(SEED, entries, free);

        assertThat(Draw.allot(SEED, entries, Draw.parse(Draw.format(free)))).isEqualTo(first);
        assertThat(first).hasSize(7);
        assertThat(entries.stream().filter(e -> first.contains(e.id())).filter(e -> e.slotId() == 2L)).isEmpty();
    }

    @Test
    void anotherSeedGivesAnotherAllotment() {
        var entries = entries(200);
        var free = Map.of(0L, 5, 1L, 5, 2L, 5);
        assertThat(Draw.allot(OTHER_SEED, entries, free)).isNotEqualTo(Draw.allot(SEED, entries, free));
    }

    @Test
    void earlyArrivalsAreNotFavoured() {
        var entries = entries(300);
        var free = Map.of(0L, 10, 1L, 10, 2L, 10);
        var firstHundred = entries.subList(0, 100).stream().map(Draw.Entry::id).toList();
        var winners = Draw.allot(SEED, entries, free);
        // first come first served would seat 30 of the first 100; a fair draw about a third of that
        assertThat(winners.stream().filter(firstHundred::contains).count()).isLessThan(20);
    }
}
