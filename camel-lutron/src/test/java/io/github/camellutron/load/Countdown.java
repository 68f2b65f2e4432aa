package io.github.camellutron.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what one thread at a time sees, and tells the thread that waits when a given number has come. */
final class Countdown {

    private final AtomicLong count = new AtomicLong();
    private volatile long target = Long.MAX_VALUE;
    private volatile CompletableFuture<Void> reached = new CompletableFuture<>();

    /** Counts from zero again; completes when {@code n} more have come. */
    CompletableFuture<Void> expect(long n) {
        reached = new CompletableFuture<>();
        count.set(0);
        target = n;
        return reached;
    }

    /** One more; call from one thread at a time. */
    void increment() {
        // a single writer: a lazy write is enough for the thread that waits
        long n = count.get() + 1;
        count.lazySet(n);
        if (n == target) {
            reached.complete(null);
        }
    }
}
