package io.github.camellutron.event;

import java.time.Instant;

/**
 * A LIP timeclock changed its mode ({@code ~TIMECLOCK,id,1,mode}) or ran one of its events
 * ({@code ~TIMECLOCK,id,5,event}); the other of the two is null.
 */
public record TimeclockStatus(
        String bridge,
        Instant timestamp,
        int timeclockId,
        Integer mode,
        Integer executedEvent,
        String name)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.TimeclockStatus;
    }
}
