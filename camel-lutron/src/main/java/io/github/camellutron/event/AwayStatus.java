package io.github.camellutron.event;

import java.time.Instant;

/**
 * Caseta Smart Away, which plays the lights as if someone were home: {@code enabledState} {@code Enabled} or
 * {@code Disabled}, and {@code activeState} when the bridge says whether the away lighting runs now (null when it does
 * not). {@code resync} is true for the state reported after every connect, as for zone levels.
 */
public record AwayStatus(
        String bridge,
        Instant timestamp,
        String enabledState,
        String activeState,
        boolean resync)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.AwayStatus;
    }
}
