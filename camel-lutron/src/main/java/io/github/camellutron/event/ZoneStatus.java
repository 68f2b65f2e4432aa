package io.github.camellutron.event;

import java.time.Instant;

/**
 * The level of a zone (dimmer, switch, fan, shade). {@code resync} is true for the snapshot emitted after every
 * connect, so a route can tell state it missed from a change it witnessed. Some zones say more: the switched state,
 * the fan speed, the tilt of a blind, whether the zone is available; each is null when the bridge did not say.
 */
public record ZoneStatus(
        String bridge,
        Instant timestamp,
        int zoneId,
        double level,
        boolean resync,
        String name,
        String area,
        String controlType,
        String switchedLevel,
        String fanSpeed,
        Double tilt,
        String availability,
        Integer lipId)
        implements LutronEvent {

    /** A zone status with the level only, as LIP reports it. */
    public ZoneStatus(String bridge, Instant timestamp, int zoneId, double level, boolean resync, String name,
                      String area) {
        this(bridge, timestamp, zoneId, level, resync, name, area, null, null, null, null, null, null);
    }

    /** The same state, reported again at {@code at} as part of a resync. */
    public ZoneStatus asResync(Instant at) {
        return new ZoneStatus(bridge, at, zoneId, level, true, name, area, controlType, switchedLevel, fanSpeed, tilt,
                availability, lipId);
    }

    @Override
    public EventType type() {
        return EventType.ZoneStatus;
    }
}
