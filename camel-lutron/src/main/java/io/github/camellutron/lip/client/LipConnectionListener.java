package io.github.camellutron.lip.client;

import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.lip.protocol.LipMessage;

/** Receives what a {@link LipConnection} hears, on the connection's I/O thread: never block in it. */
@FunctionalInterface
public interface LipConnectionListener {

    /**
     * @param event  the normalized event
     * @param source the line it was made from, or null for connection events
     */
    void onEvent(LutronEvent event, LipMessage source);
}
