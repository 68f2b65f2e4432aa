package io.github.camellutron.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with "equal jitter": the ceiling starts at the first delay, doubles at each failed
 * attempt and never exceeds the cap, and each delay is drawn uniformly from the upper half of the ceiling,
 * {@code [ceiling - ceiling / 2, ceiling]} in whole milliseconds. The jitter spreads the reconnects of many bridges
 * that were dropped at once (a building's network blip) over the window instead of landing them all in the same few
 * milliseconds; keeping the lower half out keeps the wait at least half the configured one, so a bridge is never
 * hammered. The delays are read at each attempt, so new session settings apply to the next one.
 */
public final class Backoff {

    private final RandomGenerator random;
    private int failures;

    /** Backoff with the calling thread's random numbers. */
    public Backoff() {
        this(null);
    }

    /** Backoff drawing its jitter from {@code random} (for tests that need the same draws every run). */
    Backoff(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The delay before the next attempt, uniformly from {@code [ceiling - ceiling / 2, ceiling]} where the ceiling is
     * {@code first} doubled once per earlier failure, capped at {@code max} (at least 1 ms); each call counts one more
     * failure.
     */
    public long nextDelayMillis(Duration first, Duration max) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        long firstMillis = Math.max(1, first.toMillis());
        long maxMillis = Math.max(firstMillis, max.toMillis());
        int shift = Math.min(failures, 30);
        failures++;
        // doubling that would overflow is past any cap
        long ceiling = shift >= Long.numberOfLeadingZeros(firstMillis) - 1 ? maxMillis
                : Math.min(firstMillis << shift, maxMillis);
        long floor = ceiling - ceiling / 2;
        RandomGenerator r = random != null ? random : ThreadLocalRandom.current();
        return floor == ceiling ? ceiling : r.nextLong(floor, ceiling + 1);
    }

    public void reset() {
        failures = 0;
    }
}
