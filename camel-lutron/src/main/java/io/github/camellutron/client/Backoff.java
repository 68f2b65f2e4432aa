package io.github.camellutron.client;

import java.time.Duration;

/**
 * Capped exponential backoff: the first delay, doubled at each failed attempt, never above the cap. The delays are
 * read at each attempt, so new session settings apply to the next one.
 */
public final class Backoff {

    private int failures;

    /** The delay before the next attempt; each call counts one more failure. */
    public long nextDelayMillis(Duration first, Duration max) {
        long firstMillis = Math.max(1, first.toMillis());
        long maxMillis = Math.max(firstMillis, max.toMillis());
        int shift = Math.min(failures, 30);
        failures++;
        long delay = firstMillis << shift;
        return delay <= 0 || delay > maxMillis ? maxMillis : delay;
    }

    public void reset() {
        failures = 0;
    }
}
