package io.github.camellutron.event;

import java.time.Instant;

/** Summary state of an area: its level, occupancy and current scene, each null when the bridge did not say. */
public record AreaStatus(
        String bridge,
        Instant timestamp,
        int areaId,
        Double level,
        Occupancy occupancy,
        String scene,
        String name,
        String area)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.AreaStatus;
    }
}
