package io.github.camellutron.event;

import java.time.Instant;
import java.util.List;

/** One event of each type, every field set, as a bridge would produce it: for the docs and the header tests. */
public final class EventSamples {

    private static final String BRIDGE = "192.168.1.20:23";
    private static final Instant AT = Instant.parse("2026-12-01T08:15:30.125Z");

    public static final List<LutronEvent> ALL = List.of(
            new ZoneStatus(BRIDGE, AT, 12, 50.0, false, "Blinds", "Living Room", "ShadeWithTilt", "On", "Medium", 30.0,
                    "Available", 12),
            new ButtonEvent(BRIDGE, AT, 20, 2, 2, ButtonAction.Press, "On", "Kitchen", 33),
            new ButtonGesture(BRIDGE, AT, 20, 2, 2, Gesture.DoubleTap, "On", "Kitchen", 33),
            new OccupancyStatus(BRIDGE, AT, 4, 2, 30, Occupancy.Occupied, "Kitchen", "Kitchen"),
            new LedStatus(BRIDGE, AT, 21, 81, LedState.Flash, "Entertain", "Living Room"),
            new AreaStatus(BRIDGE, AT, 83, 75.0, Occupancy.Unoccupied, "/areascene/3", "Kitchen", "Kitchen"),
            new ConnectionEvent(BRIDGE, AT, ConnectionState.Disconnected, "Connection reset by peer"),
            new RawEvent(BRIDGE, AT, "~TIMECLOCK,30,2,06:45"),
            new AwayStatus(BRIDGE, AT, "Enabled", "Active", false),
            new TimeclockStatus(BRIDGE, AT, 30, 2, 3, "Home Timeclock"),
            new GreenModeStatus(BRIDGE, AT, 31, 2, "Green Mode"),
            new VariableStatus(BRIDGE, AT, 40, 1, "Party Mode"));

    private EventSamples() {
    }
}
