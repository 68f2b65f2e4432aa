package io.github.camellutron.event;

import java.time.Instant;

/**
 * The level of a zone (dimmer, switch, fan, shade). {@code resync} is true for the snapshot emitted
 * after every connect, so a route can tell state it missed from a change it witnessed.
 */
public record ZoneStatus(String bridge, Instant timestamp, int zoneId, double level, boolean resync, String name,
                         String area) implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.ZoneStatus;
    }
}
