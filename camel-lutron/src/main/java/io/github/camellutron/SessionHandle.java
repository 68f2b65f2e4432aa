package io.github.camellutron;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One consumer's or producer's share of a bridge session: the session stays open while a handle is, and closes with
 * the last one. Closing twice does nothing.
 *
 * @param <C> the protocol's connection
 */
public final class SessionHandle<C> implements AutoCloseable {

    private final C connection;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    SessionHandle(C connection, Runnable release) {
        this.connection = connection;
        this.release = release;
    }

    public C connection() {
        return connection;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}
