package io.github.camellutron.event;

import java.time.Instant;

/**
 * Occupancy of an area (LIP: GROUP id, which is the area's integration id), of a Caseta occupancy group, or as one
 * LIP sensor reports it ({@code deviceId}).
 */
public record OccupancyStatus(
        String bridge,
        Instant timestamp,
        Integer areaId,
        Integer occupancyGroupId,
        Integer deviceId,
        Occupancy occupancy,
        String name,
        String area)
        implements LutronEvent {

    public OccupancyStatus(String bridge, Instant timestamp, Integer areaId, Integer occupancyGroupId,
                           Occupancy occupancy, String name, String area) {
        this(bridge, timestamp, areaId, occupancyGroupId, null, occupancy, name, area);
    }

    @Override
    public EventType type() {
        return EventType.OccupancyStatus;
    }
}
