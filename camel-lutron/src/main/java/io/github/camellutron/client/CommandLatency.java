package io.github.camellutron.client;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** How long users' commands took, from being given to their answer: a count, a total and the longest. */
public final class CommandLatency {

    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong maxNanos = new AtomicLong();

    void record(long nanos) {
        count.increment();
        totalNanos.add(nanos);
        maxNanos.accumulateAndGet(nanos, Math::max);
    }

    public long count() {
        return count.sum();
    }

    public long totalNanos() {
        return totalNanos.sum();
    }

    public long maxNanos() {
        return maxNanos.get();
    }

    /** The mean in nanoseconds, 0 before the first command. */
    public long meanNanos() {
        long n = count();
        return n == 0 ? 0 : totalNanos() / n;
    }
}
