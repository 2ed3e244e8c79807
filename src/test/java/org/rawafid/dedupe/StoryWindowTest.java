package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoryWindowTest {
    @Test
    void ranksLikeGroupByOrderByCountThenId() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 2_000; round++) {
            long[] rows = LongStream.generate(() -> 1 + random.nextLong(random.nextBoolean() ? 40 : 4_000))
                    .limit(random.nextInt(0, 1_500)).toArray();
            int limit = random.nextInt(1, 60);
            Map<Long, Long> counts = LongStream.of(rows).boxed()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<Long> expected = counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(limit).map(Map.Entry::getKey).toList();
            assertThat(StoryWindow.mostShared(rows.clone(), limit)).isEqualTo(expected);
        }
    }

    @Test
    void handlesIdsBeyondThePackedRange() {
        long big = 1L << 41;
        assertThat(StoryWindow.mostShared(new long[]{big, 7, big, 7, 3}, 2)).containsExactly(7L, big);
    }
}
