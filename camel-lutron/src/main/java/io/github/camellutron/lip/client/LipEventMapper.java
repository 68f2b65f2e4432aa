package io.github.camellutron.lip.client;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.GreenMode;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Timeclock;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.LedState;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.DeviceAction;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipParseException;
import io.github.camellutron.lip.protocol.ModeAction;
import io.github.camellutron.lip.protocol.OutputAction;
import io.github.camellutron.lip.protocol.SysvarAction;
import io.github.camellutron.lip.protocol.TimeclockAction;

/**
 * Turns {@code ~} lines into normalized events, named from the catalog: OUTPUT levels, tilts and fan speeds are zone
 * status, DEVICE presses / releases / holds / taps are button events, DEVICE LED states are LED status, GROUP and
 * the reports of the catalog's occupancy sensors are occupancy, TIMECLOCK, MODE and SYSVAR are timeclock, green mode
 * and variable status; everything else is a raw event.
 */
final class LipEventMapper {

    /** The device type of occupancy sensors in a DbXmlInfo.xml. */
    private static final String MOTION_SENSOR = "MOTION_SENSOR";
    /** The component an occupancy sensor reports on (LIP.md 2.4). */
    private static final int SENSOR_COMPONENT = 2;

    private final String bridge;
    private final LutronCatalog catalog;
    /** Area ids by name, for the names only one area has: devices know their area by name. */
    private final Map<String, Integer> areaIds;

    LipEventMapper(String bridge, LutronCatalog catalog) {
        this.bridge = bridge;
        this.catalog = catalog;
        Map<String, Integer> ids = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Area area : catalog.areas()) {
            if (area.name() != null && ids.putIfAbsent(area.name(), area.id()) != null) {
                shared.add(area.name());
            }
        }
        ids.keySet().removeAll(shared);
        this.areaIds = Map.copyOf(ids);
    }

    /**
     * The event a line stands for.
     *
     * @param known the last zone status made for a zone, or null: a tilt report takes the lift from it, a level
     *              report of a blind the tilt
     */
    LutronEvent map(LipMessage msg, boolean resync, IntFunction<ZoneStatus> known) {
        return map(msg, resync, known, Instant.now());
    }

    /** The event of a line received at {@code now}. */
    LutronEvent map(LipMessage msg, boolean resync, IntFunction<ZoneStatus> known, Instant now) {
        if (msg.operation() == LipOperation.REPORT) {
            try {
                LutronEvent event = switch (msg.command()) {
                    case "OUTPUT" -> output(msg, now, resync, known);
                    case "DEVICE" -> device(msg, now);
                    case "GROUP" -> group(msg, now);
                    case "TIMECLOCK" -> timeclock(msg, now);
                    case "MODE" -> greenMode(msg, now);
                    case "SYSVAR" -> variable(msg, now);
                    default -> null;
                };
                if (event != null) {
                    return event;
                }
            } catch (LipParseException e) {
                // a known family with fields we cannot read: still delivered, as the raw line
            }
        }
        return new RawEvent(bridge, now, msg.toString());
    }

    private LutronEvent output(LipMessage msg, Instant now, boolean resync, IntFunction<ZoneStatus> known) {
        OutputAction action = msg.fieldCount() < 3 ? null : OutputAction.of(msg.intField(1));
        if (action == null) {
            return null;
        }
        int id = msg.integrationId();
        ZoneStatus before = known.apply(id);
        double level;
        Double tilt;
        // a level is 0-100 as bridges write it; anything else (-5, 150, NaN) stays a raw line, never a zone level
        switch (action) {
            case SET_LEVEL -> {
                level = msg.levelField(2);
                tilt = before != null ? before.tilt() : null;
            }
            case SET_TILT -> {
                if (before == null) {
                    // a zone status has a level: with no lift known, inventing one would mislead, so the line stays raw
                    return null;
                }
                level = before.level();
                tilt = msg.levelField(2);
            }
            case SET_LIFT_AND_TILT -> {
                if (msg.fieldCount() < 4) {
                    return null;
                }
                level = msg.levelField(2);
                tilt = msg.levelField(3);
            }
            default -> {
                return null;
            }
        }
        Optional<Zone> zone = catalog.zone(id);
        ControlType control = zone.map(Zone::controlType).orElse(null);
        String fanSpeed = control == ControlType.FanSpeed ? FanSpeed.ofLevel(level).label() : null;
        return new ZoneStatus(bridge, now, id, level, resync, zone.map(Zone::name).orElse(null),
                zone.map(Zone::area).orElse(null), control != null ? control.name() : null, null, fanSpeed, tilt, null,
                null);
    }

    private LutronEvent device(LipMessage msg, Instant now) {
        if (msg.fieldCount() < 3) {
            return null;
        }
        int id = msg.integrationId();
        int component = msg.intField(1);
        DeviceAction action = DeviceAction.of(msg.intField(2));
        if (action == null) {
            return null;
        }
        Optional<Device> device = catalog.device(id);
        String area = device.map(Device::area).orElse(null);
        if (component == SENSOR_COMPONENT && (action == DeviceAction.PRESS || action == DeviceAction.RELEASE)
            && device.map(Device::type).filter(MOTION_SENSOR::equals).isPresent()) {
            // without the report, component 2 could as well be the top button of a Pico: only known sensors
            Occupancy occupancy = action == DeviceAction.PRESS ? Occupancy.Occupied : Occupancy.Unoccupied;
            return new OccupancyStatus(bridge, now, area == null ? null : areaIds.get(area), null, id, occupancy,
                    device.get().name(), area);
        }
        return switch (action) {
            case PRESS, RELEASE, HOLD, MULTI_TAP -> {
                String name = catalog.button(id, component).map(Button::name)
                        .orElse(device.map(Device::name).orElse(null));
                yield new ButtonEvent(bridge, now, id, component, component, buttonAction(action), name, area);
            }
            case LED_STATE -> {
                if (msg.fieldCount() < 4) {
                    yield null;
                }
                String name = catalog.buttonByLed(id, component).map(Button::name)
                        .orElse(device.map(Device::name).orElse(null));
                yield new LedStatus(bridge, now, id, component, ledState(msg.intField(3)), name, area);
            }
            default -> null;
        };
    }

    private LutronEvent group(LipMessage msg, Instant now) {
        if (msg.fieldCount() < 3 || msg.intField(1) != 3) {
            return null;
        }
        int id = msg.integrationId();
        GroupState state = GroupState.of(msg.intField(2));
        Occupancy occupancy = state == GroupState.OCCUPIED ? Occupancy.Occupied
                : state == GroupState.UNOCCUPIED ? Occupancy.Unoccupied : Occupancy.Unknown;
        String name = catalog.area(id).map(Area::name).orElse(null);
        return new OccupancyStatus(bridge, now, id, null, occupancy, name, name);
    }

    /** {@code ~TIMECLOCK,id,1,mode} and {@code ~TIMECLOCK,id,5,event}; sunrise and sunset answers stay raw. */
    private LutronEvent timeclock(LipMessage msg, Instant now) {
        TimeclockAction action = msg.fieldCount() < 3 ? null : TimeclockAction.of(msg.intField(1));
        if (action != TimeclockAction.MODE && action != TimeclockAction.EXECUTE_EVENT) {
            return null;
        }
        int id = msg.integrationId();
        int value = msg.intField(2);
        String name = catalog.timeclock(id).map(Timeclock::name).orElse(null);
        return action == TimeclockAction.MODE ? new TimeclockStatus(bridge, now, id, value, null, name)
                : new TimeclockStatus(bridge, now, id, null, value, name);
    }

    private LutronEvent greenMode(LipMessage msg, Instant now) {
        if (msg.fieldCount() < 3 || ModeAction.of(msg.intField(1)) != ModeAction.STEP) {
            return null;
        }
        int id = msg.integrationId();
        return new GreenModeStatus(bridge, now, id, msg.intField(2),
                catalog.greenMode(id).map(GreenMode::name).orElse(null));
    }

    /** A DbXmlInfo.xml names no system variables: the event has no name. */
    private LutronEvent variable(LipMessage msg, Instant now) {
        if (msg.fieldCount() < 3 || SysvarAction.of(msg.intField(1)) != SysvarAction.STATE) {
            return null;
        }
        return new VariableStatus(bridge, now, msg.integrationId(), msg.intField(2), null);
    }

    private static ButtonAction buttonAction(DeviceAction action) {
        return switch (action) {
            case PRESS -> ButtonAction.Press;
            case RELEASE -> ButtonAction.Release;
            case HOLD -> ButtonAction.Hold;
            default -> ButtonAction.MultiTap;
        };
    }

    /** LIP LED codes; RadioRA 2 reports flashing LEDs as plain on, so On may mean either. */
    private static LedState ledState(int code) {
        return switch (code) {
            case 0 -> LedState.Off;
            case 2 -> LedState.Flash;
            case 3 -> LedState.RapidFlash;
            default -> LedState.On;
        };
    }
}
