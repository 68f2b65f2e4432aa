package io.github.camellutron.client;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Capped exponential backoff with equal jitter: each delay is drawn from the upper half of its ceiling. */
class BackoffTest {

    private static final Duration FIRST = Duration.ofMillis(1000);
    private static final Duration MAX = Duration.ofMillis(60_000);

    @Test
    void eachDelayLiesInTheUpperHalfOfTheDoublingCeilingUpToTheCap() {
        Random random = new Random(42);
        for (int run = 0; run < 1000; run++) {
            Backoff backoff = new Backoff(random);
            long ceiling = FIRST.toMillis();
            for (int attempt = 0; attempt < 40; attempt++) {
                long delay = backoff.nextDelayMillis(FIRST, MAX);
                assertThat(delay).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
                ceiling = Math.min(ceiling * 2, MAX.toMillis());
            }
        }
    }

    @Test
    void theDrawsCoverTheWholeWindowBothEndsIncluded() {
        Backoff backoff = new Backoff(new Random(7));
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long delay = backoff.nextDelayMillis(FIRST, MAX);
            backoff.reset();
            min = Math.min(min, delay);
            max = Math.max(max, delay);
            distinct.add(delay);
        }
        assertThat(min).isEqualTo(500);
        assertThat(max).isEqualTo(1000);
        assertThat(distinct).hasSizeGreaterThan(450);
    }

    @Test
    void resetStartsOverFromTheFirstDelay() {
        Backoff backoff = new Backoff(new Random(1));
        for (int i = 0; i < 10; i++) {
            backoff.nextDelayMillis(FIRST, MAX);
        }
        assertThat(backoff.nextDelayMillis(FIRST, MAX)).isBetween(30_000L, 60_000L);
        backoff.reset();
        assertThat(backoff.nextDelayMillis(FIRST, MAX)).isBetween(500L, 1000L);
    }

    @Test
    void tinyAndOddSettingsStayPositiveAndCapped() {
        Backoff backoff = new Backoff();
        assertThat(backoff.nextDelayMillis(Duration.ZERO, Duration.ZERO)).isEqualTo(1);
        assertThat(backoff.nextDelayMillis(Duration.ofMillis(1), Duration.ofMillis(1))).isEqualTo(1);
        backoff.reset();
        // a cap below the first delay is the first delay
        assertThat(backoff.nextDelayMillis(Duration.ofMillis(3), Duration.ofMillis(2))).isBetween(2L, 3L);
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.nextDelayMillis(Duration.ofMillis(3), Duration.ofMillis(2))).isBetween(2L, 3L);
        }
        Backoff huge = new Backoff();
        for (int i = 0; i < 100; i++) {
            assertThat(huge.nextDelayMillis(Duration.ofDays(1), Duration.ofDays(7)))
                    .isBetween(Duration.ofHours(12).toMillis(), Duration.ofDays(7).toMillis());
        }
    }
}
