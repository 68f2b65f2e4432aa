package io.github.camellutron.event;

import java.time.Instant;

/** A keypad LED changed state. */
public record LedStatus(
        String bridge,
        Instant timestamp,
        Integer deviceId,
        int ledId,
        LedState state,
        String name,
        String area)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.LedStatus;
    }
}
