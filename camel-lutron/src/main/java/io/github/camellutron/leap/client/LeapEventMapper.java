package io.github.camellutron.leap.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.event.LedState;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.leap.protocol.LeapAreaStatus;
import io.github.camellutron.leap.protocol.LeapAwayStatus;
import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapButtonEvent;
import io.github.camellutron.leap.protocol.LeapLedStatus;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapOccupancyGroupStatus;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.LeapZoneStatus;

/**
 * Turns LEAP messages into normalized events named from the discovered system. A message with several statuses
 * gives several events; RadioRA 3 area statuses give an area event and, when they carry occupancy, an occupancy
 * event too, so occupancy routes work the same on every system. Caseta Smart Away statuses, which come without a
 * MessageBodyType, are told by their URL. Anything else is a raw event.
 */
final class LeapEventMapper {

    private final String bridge;
    private final LeapSystem system;

    LeapEventMapper(String bridge, LeapSystem system) {
        this.bridge = bridge;
        this.system = system;
    }

    List<LutronEvent> map(LeapMessage msg, boolean resync) {
        return map(msg, resync, Instant.now());
    }

    /** The events of a message received at {@code now}. */
    List<LutronEvent> map(LeapMessage msg, boolean resync, Instant now) {
        String type = msg.bodyType();
        List<LutronEvent> events = new ArrayList<>(1);
        if (type != null && msg.hasBody()) {
            switch (type) {
                case "OneZoneStatus", "MultipleZoneStatus" -> {
                    for (LeapZoneStatus z : LeapBodies.zoneStatuses(msg)) {
                        zone(z, now, resync).ifPresent(events::add);
                    }
                }
                case "OneButtonStatusEvent" -> {
                    LeapButtonEvent b = LeapBodies.buttonEvent(msg);
                    if (b != null) {
                        events.add(button(b, now));
                    }
                }
                case "OneOccupancyGroupStatus", "MultipleOccupancyGroupStatus" -> {
                    for (LeapOccupancyGroupStatus o : LeapBodies.occupancyGroupStatuses(msg)) {
                        events.add(occupancyGroup(o, now));
                    }
                }
                case "OneAreaStatus", "MultipleAreaStatus" -> {
                    for (LeapAreaStatus a : LeapBodies.areaStatuses(msg)) {
                        area(a, now, events);
                    }
                }
                case "OneLEDStatus" -> {
                    LeapLedStatus l = LeapBodies.ledStatus(msg);
                    if (l != null) {
                        events.add(led(l, now));
                    }
                }
                default -> {
                    // no normalized form: delivered raw below
                }
            }
        }
        if (events.isEmpty() && msg.hasBody() && LeapRequests.AWAY_STATUS_URL.equals(msg.url())) {
            LeapAwayStatus away = LeapBodies.awayStatus(msg);
            if (away != null) {
                events.add(new AwayStatus(bridge, now, away.enabledState(), away.activeState(), resync));
            }
        }
        if (events.isEmpty() && msg.hasBody()) {
            events.add(new RawEvent(bridge, now, msg.toJson()));
        }
        return events;
    }

    private Optional<LutronEvent> zone(LeapZoneStatus z, Instant now, boolean resync) {
        Double level = z.level();
        if (level == null && z.switchedLevel() != null) {
            level = "On".equalsIgnoreCase(z.switchedLevel()) ? 100.0 : 0.0;
        }
        if (level == null && z.fanSpeed() != null) {
            level = fanLevel(z.fanSpeed());
        }
        if (level == null) {
            return Optional.empty();
        }
        Optional<Zone> zone = catalog().zone(z.zoneId());
        return Optional.of(new ZoneStatus(bridge, now, z.zoneId(), level, resync, zone.map(Zone::name).orElse(null),
                zone.map(Zone::area).orElse(null), zone.map(Zone::controlType).map(Enum::name).orElse(null),
                z.switchedLevel(), z.fanSpeed(), z.tilt(), z.availability(), zone.map(Zone::lipId).orElse(null)));
    }

    /** A fan speed as the level LIP uses for it, or null for a speed this version does not know. */
    static Double fanLevel(String speed) {
        FanSpeed known = FanSpeed.find(speed);
        return known != null ? known.level() : null;
    }

    private LutronEvent button(LeapButtonEvent b, Instant now) {
        Optional<Button> button = system.button(b.buttonId());
        Integer deviceId = button.map(Button::deviceId).filter(id -> id > 0).orElse(null);
        Optional<Device> device = deviceId != null ? catalog().device(deviceId) : Optional.empty();
        return new ButtonEvent(bridge, now, deviceId, b.buttonId(), button.map(Button::number).orElse(null),
                action(b.eventType()), button.map(Button::name).orElse(null), device.map(Device::area).orElse(null),
                device.map(Device::lipId).orElse(null));
    }

    private static ButtonAction action(String eventType) {
        return switch (eventType == null ? "" : eventType) {
            case "Release" -> ButtonAction.Release;
            case "MultiTap" -> ButtonAction.MultiTap;
            case "LongHold" -> ButtonAction.LongHold;
            case "Hold", "PressAndHold" -> ButtonAction.Hold;
            default -> ButtonAction.Press;
        };
    }

    private LutronEvent occupancyGroup(LeapOccupancyGroupStatus o, Instant now) {
        Integer areaId = system.occupancyGroupArea(o.groupId()).orElse(null);
        String area = areaId != null ? catalog().area(areaId).map(Area::name).orElse(null) : null;
        return new OccupancyStatus(bridge, now, areaId, o.groupId(), occupancy(o.occupancyStatus()), area, area);
    }

    private void area(LeapAreaStatus a, Instant now, List<LutronEvent> events) {
        String name = catalog().area(a.areaId()).map(Area::name).orElse(null);
        Occupancy occupancy = a.occupancyStatus() != null ? occupancy(a.occupancyStatus()) : null;
        events.add(new AreaStatus(bridge, now, a.areaId(), a.level(), occupancy,
                a.currentSceneId() != null ? "/areascene/" + a.currentSceneId() : null, name, name));
        if (occupancy != null) {
            events.add(new OccupancyStatus(bridge, now, a.areaId(), null, occupancy, name, name));
        }
    }

    private LutronEvent led(LeapLedStatus l, Instant now) {
        Optional<Button> button = system.buttonByLed(l.ledId());
        Integer deviceId = button.map(Button::deviceId).filter(id -> id > 0).orElse(null);
        Optional<Device> device = deviceId != null ? catalog().device(deviceId) : Optional.empty();
        LedState state = "On".equalsIgnoreCase(l.state()) ? LedState.On : LedState.Off;
        return new LedStatus(bridge, now, deviceId, l.ledId(), state, button.map(Button::name).orElse(null),
                device.map(Device::area).orElse(null));
    }

    private static Occupancy occupancy(String status) {
        return switch (status == null ? "" : status) {
            case "Occupied" -> Occupancy.Occupied;
            case "Unoccupied" -> Occupancy.Unoccupied;
            default -> Occupancy.Unknown;
        };
    }

    private LutronCatalog catalog() {
        return system.catalog();
    }
}
