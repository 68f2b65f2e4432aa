package io.github.camellutron;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.LutronEvent;
import org.jctools.queues.MpscUnboundedArrayQueue;

/**
 * Hands one consumer's events from the I/O thread to a Camel thread, one at a time in the bridge's order. The queue is
 * bounded by backpressure, never by dropping: when {@code capacity} events wait, reading from the bridge pauses, and
 * it resumes when half of them are routed. What the bridge had already sent when reading paused (at most one read
 * buffer) is still queued. A route that is idle holds no thread.
 * <p>
 * Whether reading is paused is decided on the connection's loop only (events are offered there, and a resume is a
 * task there that looks at the queue again), so a pause and a resume can never overtake each other.
 * <p>
 * One thread offers (the loop) and one thread at a time routes (whichever pool thread won {@code scheduled}), so a
 * lock-free array queue with no per-event node and no shared counter does; the queue's size is read from its indices.
 * When other consumers wait for a thread, a turn ends after {@value #EVENTS_PER_TURN} events and goes to the back of
 * the pool's queue, so that a firehose bridge cannot keep a thread from the other bridges.
 */
final class EventDispatcher implements Runnable {

    static final int EVENTS_PER_TURN = 1024;

    private final MpscUnboundedArrayQueue<LutronEvent> queue = new MpscUnboundedArrayQueue<>(1024);
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean resumeAsked = new AtomicBoolean();
    private final Executor threads;
    private final SupervisedConnection<?, ?> connection;
    private final Consumer<LutronEvent> route;
    private final int capacity;
    /** Written on the connection's loop only; read by the routing thread, which asks for a resume only when set. */
    private volatile boolean paused;
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

    /** Queues an event; called on the connection's loop. */
    void offer(LutronEvent event) {
        if (closed) {
            return;
        }
        if (!paused && queue.size() + 1 >= capacity) {
            paused = true;
            connection.pauseReading(this);
        }
        // queued after the flag: the routing thread that takes this event sees the pause it caused
        queue.offer(event);
        schedule();
    }

    private void schedule() {
        // a read first: while a turn runs, the flag stays set and the loop need not take its cache line
        if (!closed && !scheduled.get() && scheduled.compareAndSet(false, true)) {
            threads.execute(this);
        }
    }

    @Override
    public void run() {
        try {
            LutronEvent event;
            int n = 0;
            while (!closed && (event = queue.poll()) != null) {
                try {
                    route.accept(event);
                } finally {
                    if (paused && queue.size() <= capacity / 2 && resumeAsked.compareAndSet(false, true)) {
                        connection.execute(this::resumeIfDrained);
                    }
                }
                // a turn ends only when another consumer waits for a thread: handing over costs a wake-up
                if (++n == EVENTS_PER_TURN) {
                    if (othersWaiting()) {
                        break;
                    }
                    n = 0;
                }
            }
        } finally {
            scheduled.set(false);
        }
        // events left by a full turn, or offered after the last poll and before the flag was cleared, must not wait
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    private boolean othersWaiting() {
        return !(threads instanceof ThreadPoolExecutor pool) || !pool.getQueue().isEmpty();
    }

    /** On the loop: resumes reading if the queue is still no more than half full. */
    private void resumeIfDrained() {
        resumeAsked.set(false);
        if (paused && queue.size() <= capacity / 2) {
            paused = false;
            connection.resumeReading(this);
        }
    }

    /** Events waiting to be routed. */
    int pending() {
        return queue.size();
    }

    /**
     * Routes nothing more and lets the bridge be read again; call after the consumer stopped listening.
     *
     * @return how many events were still waiting and are not routed
     */
    int close() {
        closed = true;
        // queued behind the listener's removal on the loop: no offer can pause again after it
        connection.resumeReading(this);
        // not cleared: a routing thread may still be polling, and only one thread may poll; it stops at the flag
        return queue.size();
    }
}
