package org.nafitha.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FairDrawTest {

    private static final List<FairDraw.Candidate> TEAM = List.of(new FairDraw.Candidate("officer2", 0),
            new FairDraw.Candidate("officer1", 3), new FairDraw.Candidate("officer4", 1));

    @Test
    void aRecordedDrawGivesTheSameChoiceWhenReplayedWhateverOrderTheCandidatesCameIn() {
        var seeds = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            long seed = seeds.nextLong();
            var draw = FairDraw.draw(TEAM, seed);
            var reversed = FairDraw.draw(TEAM.reversed(), seed);
            assertThat(reversed.chosen()).isEqualTo(draw.chosen());
            assertThat(FairDraw.replay(draw.recorded(), seed, draw.chosen())).isTrue();
        }
        var draw = FairDraw.draw(TEAM, 42);
        var someoneElse = TEAM.stream().map(FairDraw.Candidate::username).filter(u -> !u.equals(draw.chosen())).findFirst().orElseThrow();
        assertThat(FairDraw.replay(draw.recorded(), 42, someoneElse)).isFalse();
        assertThat(draw.recorded()).isEqualTo("officer1:3,officer2:0,officer4:1");
    }

    @Test
    void theLessLoadedAreChosenMoreOftenButNobodyIsLeftOut() {
        var counts = new HashMap<String, Integer>();
        var seeds = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) counts.merge(FairDraw.draw(TEAM, seeds.nextLong()).chosen(), 1, Integer::sum);
        // Weights 1, 1/4 and 1/2: about 57 %, 14 % and 29 %.
        assertThat(counts.get("officer2") / 20_000.0).isBetween(0.54, 0.60);
        assertThat(counts.get("officer1") / 20_000.0).isBetween(0.12, 0.17);
        assertThat(counts.get("officer4") / 20_000.0).isBetween(0.26, 0.32);
    }
}
