package io.github.camellutron.event;

import java.time.Instant;

/** The link to a bridge came up or went down; {@code reason} says why it went down. */
public record ConnectionEvent(
        String bridge,
        Instant timestamp,
        ConnectionState state,
        String reason)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.Connection;
    }
}
