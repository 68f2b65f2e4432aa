package io.github.camellutron;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.LutronEvent;

/**
 * Hands one consumer's events from the I/O thread to a Camel thread, one at a time in the bridge's order. The queue is
 * bounded by backpressure, never by dropping: when {@code capacity} events wait, reading from the bridge pauses, and
 * it resumes when half of them are routed. What the bridge had already sent when reading paused (at most one read
 * buffer) is still queued. A route that is idle holds no thread.
 * <p>
 * The I/O thread pauses and the routing thread resumes; each decision and the request it makes to the connection
 * happen under one lock, from the queue's size at that moment, so the connection gets the requests in the order of
 * the decisions. Without it, an I/O thread preempted between deciding to pause and asking for it let the routing
 * thread drain the queue and resume first: the late pause then stopped reading for good, with nothing left to
 * resume it (and no keep-alive, since a paused bridge is not held silent).
 */
final class EventDispatcher implements Runnable {

    private final ConcurrentLinkedQueue<LutronEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Whether reading was asked to pause; changed with the request under the lock on this dispatcher. */
    private volatile boolean paused;
    private final Executor threads;
    private final SupervisedConnection<?, ?> connection;
    private final Consumer<LutronEvent> route;
    private final int capacity;
    private volatile boolean closed;

    EventDispatcher(Executor threads, SupervisedConnection<?, ?> connection, int capacity,
                    Consumer<LutronEvent> route) {
        if (capacity < 1) {
            throw new IllegalArgumentException("eventQueueSize must be at least 1, was " + capacity);
        }
        this.threads = threads;
        this.connection = connection;
        this.capacity = capacity;
        this.route = route;
    }

    /** Queues an event; called on the connection's I/O thread. */
    void offer(LutronEvent event) {
        queue.add(event);
        if (size.incrementAndGet() >= capacity && !paused) {
            updateFlow();
        }
        schedule();
    }

    /**
     * Pauses reading when {@code capacity} events wait, resumes it when at most half of that do; a decision and its
     * request to the connection are one step, so requests never overtake each other. The size is read again after
     * each change: a thread that saw the flag before it changed did not call, so this one must see what it did.
     */
    private synchronized void updateFlow() {
        while (true) {
            int waiting = size.get();
            boolean pause = !closed && (paused ? waiting > capacity / 2 : waiting >= capacity);
            if (pause == paused) {
                return;
            }
            paused = pause;
            if (pause) {
                connection.pauseReading(this);
            } else {
                connection.resumeReading(this);
            }
        }
    }

    private void schedule() {
        if (!closed && scheduled.compareAndSet(false, true)) {
            threads.execute(this);
        }
    }

    @Override
    public void run() {
        LutronEvent event;
        while (!closed && (event = queue.poll()) != null) {
            try {
                route.accept(event);
            } finally {
                if (size.decrementAndGet() <= capacity / 2 && paused) {
                    updateFlow();
                }
            }
        }
        scheduled.set(false);
        // an event offered after the last poll and before the flag was cleared must not wait for the next one
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    /** Events waiting to be routed. */
    int pending() {
        return size.get();
    }

    /**
     * Routes nothing more and lets the bridge be read again.
     *
     * @return how many events were still waiting and are not routed
     */
    int close() {
        closed = true;
        updateFlow();
        int left = size.getAndSet(0);
        queue.clear();
        return left;
    }
}
