package io.github.camellutron.event;

import java.time.Instant;

/**
 * Something a bridge reported, normalized so routes do not care which protocol it came from. Every
 * event is an immutable value naming the bridge ({@code host:port}) and when it was received.
 */
public sealed interface LutronEvent
        permits ZoneStatus, ButtonEvent, ButtonGesture, LedStatus, OccupancyStatus, AreaStatus, ConnectionEvent, RawEvent,
        AwayStatus, TimeclockStatus, GreenModeStatus, VariableStatus {

    EventType type();

    String bridge();

    Instant timestamp();

    /** Name of the zone, button, device or area from the catalog, or null when unknown. */
    default String name() {
        return null;
    }

    /** Name of the area the event's subject is in, or null when unknown. */
    default String area() {
        return null;
    }
}
