package io.github.camellutron.leap.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets at most {@code size} requests wait for their answer at once; the others wait here, in order, and go out as
 * answers come back. A session reads a big processor through one of these while it sets itself up: one request at a
 * time takes a round trip per area, device and button, while all at once floods the processor with hundreds of
 * requests.
 * <p>
 * A window serves one connection attempt and lives on its event loop, like all of the session's state: no locks.
 * Once the attempt is over ({@code current} says false) nothing more goes out through it; what still waits fails,
 * so nothing of an old session is sent on a newer connection. A request holds its place from when it is sent until
 * its future completes, whether with an answer, an error answer, a timeout or the loss of the link, so no place is
 * ever lost.
 */
final class RequestWindow {

    private final int size;
    private final BooleanSupplier current;
    private final Supplier<? extends Throwable> gone;
    private final ArrayDeque<Queued<?>> queue = new ArrayDeque<>();
    private int inFlight;
    private boolean draining;

    /**
     * @param size    how many requests may wait for their answer at once, at least 1
     * @param current whether the connection attempt this window serves is still the current one
     * @param gone    the failure of what still waits once it is not
     */
    RequestWindow(int size, BooleanSupplier current, Supplier<? extends Throwable> gone) {
        if (size < 1) {
            throw new IllegalArgumentException("A request window needs room for at least one request, was " + size);
        }
        this.size = size;
        this.current = current;
        this.gone = gone;
    }

    /**
     * Sends a request through the window: {@code send} runs when there is room, at once if there is now, and the
     * result completes with what its future completes with. Called on the loop.
     */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> send) {
        Queued<T> queued = new Queued<>(send);
        queue.add(queued);
        drain();
        return queued.result;
    }

    /** Requests sent and not answered yet. */
    int inFlight() {
        return inFlight;
    }

    /** Requests waiting for room. */
    int waiting() {
        return queue.size();
    }

    /**
     * Sends what fits. A request whose send fails at once completes inside this loop and makes room again; the flag
     * turns that nested call into one more turn of this loop, so a long queue never deepens the stack.
     */
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!queue.isEmpty() && (inFlight < size || !current.getAsBoolean())) {
                Queued<?> next = queue.poll();
                if (!current.getAsBoolean()) {
                    next.result.completeExceptionally(gone.get());
                } else {
                    start(next);
                }
            }
        } finally {
            draining = false;
        }
    }

    private <T> void start(Queued<T> queued) {
        inFlight++;
        CompletableFuture<T> answer;
        try {
            answer = queued.send.get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((value, error) -> {
            inFlight--;
            // the next request goes out before this answer is looked at: it may take a while to use
            drain();
            if (error != null) {
                queued.result.completeExceptionally(error);
            } else {
                queued.result.complete(value);
            }
        });
    }

    private static final class Queued<T> {
        final Supplier<CompletableFuture<T>> send;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Queued(Supplier<CompletableFuture<T>> send) {
            this.send = send;
        }
    }
}
