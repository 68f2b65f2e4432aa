package io.github.camellutron.event;

import java.time.Instant;

/** A message with no normalized form: the LIP line or LEAP JSON exactly as the bridge sent it. */
public record RawEvent(
        String bridge,
        Instant timestamp,
        String text)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.Raw;
    }
}
