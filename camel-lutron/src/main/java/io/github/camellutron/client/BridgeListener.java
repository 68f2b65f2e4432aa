package io.github.camellutron.client;

import io.github.camellutron.event.LutronEvent;

/**
 * Receives what a bridge connection hears, on the connection's I/O thread: never block in it.
 *
 * @param <M> the protocol's message type
 */
@FunctionalInterface
public interface BridgeListener<M> {

    /**
     * @param event  the normalized event
     * @param source the message it was made from, or null for connection events and replays
     */
    void onEvent(LutronEvent event, M source);
}
