package io.github.camellutron.event;

import java.time.Instant;

/** The value of a HomeWorks QS system (state) variable ({@code ~SYSVAR,id,1,value}). */
public record VariableStatus(
        String bridge,
        Instant timestamp,
        int variableId,
        int value,
        String name)
        implements LutronEvent {

    @Override
    public EventType type() {
        return EventType.VariableStatus;
    }
}
