package io.github.camellutron.client;

import java.time.Duration;

/** Capped exponential backoff: the first delay, doubled at each failed attempt, never above the cap. */
public final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private int failures;

    public Backoff(Duration first, Duration max) {
        this.firstMillis = Math.max(1, first.toMillis());
        this.maxMillis = Math.max(firstMillis, max.toMillis());
    }

    /** The delay before the next attempt; each call counts one more failure. */
    public long nextDelayMillis() {
        int shift = Math.min(failures, 30);
        failures++;
        long delay = firstMillis << shift;
        return delay <= 0 || delay > maxMillis ? maxMillis : delay;
    }

    public void reset() {
        failures = 0;
    }
}
