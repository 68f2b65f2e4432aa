package io.github.camellutron;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Connections shared by every endpoint that names the same bridge, counted by user: a connection opens
 * with its first consumer or producer and closes with its last, because bridges allow only a few sessions.
 *
 * @param <K> what makes two endpoints the same bridge (scheme, host, port, credentials)
 * @param <C> the connection
 */
public final class SharedConnections<K, C> {

    private final Map<K, Entry<C>> entries = new HashMap<>();
    private final Consumer<C> opener;
    private final Consumer<C> closer;

    public SharedConnections(Consumer<C> opener, Consumer<C> closer) {
        this.opener = opener;
        this.closer = closer;
    }

    /**
     * The connection for the key, made with the factory and opened if this is its first user. {@code user} runs
     * before the connection opens, so a listener it adds hears the very first events.
     */
    public synchronized C acquire(K key, Function<K, C> factory, Consumer<C> user) {
        Entry<C> entry = entries.computeIfAbsent(key, k -> new Entry<>(factory.apply(k)));
        user.accept(entry.connection);
        if (entry.users++ == 0) {
            opener.accept(entry.connection);
        }
        return entry.connection;
    }

    /** One user less; the last one closes the connection. */
    public synchronized void release(K key) {
        Entry<C> entry = entries.get(key);
        if (entry != null && --entry.users <= 0) {
            entries.remove(key);
            closer.accept(entry.connection);
        }
    }

    public synchronized List<C> connections() {
        List<C> all = new ArrayList<>(entries.size());
        entries.values().forEach(e -> all.add(e.connection));
        return all;
    }

    private static final class Entry<C> {
        final C connection;
        int users;

        Entry(C connection) {
            this.connection = connection;
        }
    }
}
