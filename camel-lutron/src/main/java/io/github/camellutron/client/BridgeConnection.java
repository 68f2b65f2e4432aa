package io.github.camellutron.client;

import java.time.Instant;
import java.util.Map;

/** What every supervised bridge connection tells about itself, whatever its protocol. */
public interface BridgeConnection {

    /** {@code host:port}. */
    String bridge();

    LinkState state();

    /** Why the link is down, or null while it is up. */
    Throwable lastFailure();

    long reconnectCount();

    /** Frames the bridge sent that could not be read and were skipped. */
    long badFrameCount();

    /** When the bridge last sent something, or null before it has. */
    Instant lastMessageTime();

    /** Whether reading from the bridge is paused because a route cannot keep up with its events. */
    boolean isReadingPaused();

    /** Drops the current session, if any, and connects again at once. */
    void reconnect();

    /**
     * What else the protocol tells about its session for consoles and health details (LEAP: the TLS engine,
     * protocol and cipher suite), by name; never a secret. Empty by default.
     */
    default Map<String, Object> details() {
        return Map.of();
    }
}
