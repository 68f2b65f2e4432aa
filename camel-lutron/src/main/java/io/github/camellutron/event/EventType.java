package io.github.camellutron.event;

/**
 * The kinds of event both protocols emit. The constant names are the values of the
 * {@code CamelLutronEventType} header and of the consumer's {@code eventTypes} filter.
 */
public enum EventType {
    ZoneStatus,
    ButtonEvent,
    ButtonGesture,
    OccupancyStatus,
    LedStatus,
    AreaStatus,
    Connection,
    Raw,
    AwayStatus,
    TimeclockStatus,
    GreenModeStatus,
    VariableStatus
}
