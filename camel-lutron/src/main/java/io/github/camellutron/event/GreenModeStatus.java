package io.github.camellutron.event;

import java.time.Instant;

/** The step of a LIP green mode ({@code ~MODE,id,1,step}). */
public record GreenModeStatus(
        String bridge,
        Instant timestamp,
        int modeId,
        int step,
        String name)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.GreenModeStatus;
    }
}
