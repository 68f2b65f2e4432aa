package io.github.camellutron.event;

import java.time.Instant;

/**
 * Occupancy of an area (LIP: GROUP id, which is the area's integration id) or of a Caseta occupancy group.
 */
public record OccupancyStatus(String bridge, Instant timestamp, Integer areaId, Integer occupancyGroupId,
                              Occupancy occupancy, String name, String area) implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.OccupancyStatus;
    }
}
