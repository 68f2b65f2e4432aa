package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed views of message bodies. Each list extractor reads both the {@code Multiple...} and the {@code One...} form of
 * its body type and returns an empty list when the body has no such content (204 answers, other body types); the
 * single-value extractors return null then. Entries without an id are skipped. Nothing here throws on content.
 */
public final class LeapBodies {

    private LeapBodies() {
    }

    /**
     * Zone states of OneZoneStatus ({@code ZoneStatus}), MultipleZoneStatus ({@code ZoneStatuses}) and the expanded
     * status list ({@code ZoneExpandedStatuses}).
     */
    public static List<LeapZoneStatus> zoneStatuses(LeapMessage m) {
        if (m.decodedBody() instanceof LeapZoneStatus z) {
            return List.of(z);
        }
        List<JsonNode> items = LeapJson.items(m.body(), "ZoneStatuses", "ZoneStatus");
        if (items.isEmpty()) {
            items = LeapJson.items(m.body(), "ZoneExpandedStatuses", null);
        }
        return map(items, LeapZoneStatus::from);
    }

    /** Area states of OneAreaStatus and MultipleAreaStatus (RA3/QSX occupancy is per area). */
    public static List<LeapAreaStatus> areaStatuses(LeapMessage m) {
        return map(LeapJson.items(m.body(), "AreaStatuses", "AreaStatus"), LeapAreaStatus::from);
    }

    /** Occupancy group states of MultipleOccupancyGroupStatus and OneOccupancyGroupStatus (Caseta). */
    public static List<LeapOccupancyGroupStatus> occupancyGroupStatuses(LeapMessage m) {
        if (m.decodedBody() instanceof LeapOccupancyGroupStatus o) {
            return List.of(o);
        }
        return map(LeapJson.items(m.body(), "OccupancyGroupStatuses", "OccupancyGroupStatus"),
                LeapOccupancyGroupStatus::from);
    }

    /** Devices of MultipleDeviceDefinition and OneDeviceDefinition. */
    public static List<LeapDevice> devices(LeapMessage m) {
        return map(LeapJson.items(m.body(), "Devices", "Device"), LeapDevice::from);
    }

    /**
     * Areas of MultipleAreaDefinition and OneAreaDefinition. Where the bridge does not send {@code IsLeaf}, an area of
     * a list is a leaf when no other area of the list names it as parent.
     */
    public static List<LeapArea> areas(LeapMessage m) {
        List<JsonNode> items = LeapJson.items(m.body(), "Areas", "Area");
        Set<Integer> parents = new HashSet<>();
        for (JsonNode item : items) {
            Integer parent = LeapJson.refId(item, "Parent");
            if (parent != null) {
                parents.add(parent);
            }
        }
        return map(items, item -> {
            LeapArea a = LeapArea.from(item);
            if (a == null || items.size() < 2 || LeapJson.bool(item, "IsLeaf") != null) {
                return a;
            }
            return new LeapArea(a.id(), a.name(), a.parentId(), !parents.contains(a.id()));
        });
    }

    /** Servers of MultipleServerDefinition ({@code /server}) and OneServerDefinition. */
    public static List<LeapServer> servers(LeapMessage m) {
        return map(LeapJson.items(m.body(), "Servers", "Server"), LeapServer::from);
    }

    /** Zones of MultipleZoneDefinition ({@code /area/N/associatedzone}) and OneZoneDefinition. */
    public static List<LeapZone> zones(LeapMessage m) {
        return map(LeapJson.items(m.body(), "Zones", "Zone"), LeapZone::from);
    }

    /** Control stations of MultipleControlStationDefinition ({@code /area/N/associatedcontrolstation}) and One... */
    public static List<LeapControlStation> controlStations(LeapMessage m) {
        return map(LeapJson.items(m.body(), "ControlStations", "ControlStation"), LeapControlStation::from);
    }

    /** Every ganged device of every control station of the body, with its device type. */
    public static List<LeapGangedDevice> gangedDevices(LeapMessage m) {
        List<LeapGangedDevice> result = new ArrayList<>();
        for (JsonNode station : LeapJson.items(m.body(), "ControlStations", "ControlStation")) {
            Integer stationId = LeapHref.idOrNull(station);
            if (stationId != null) {
                for (JsonNode element : LeapJson.items(station, "AssociatedGangedDevices", null)) {
                    LeapGangedDevice device = LeapGangedDevice.from(element, stationId);
                    if (device != null) {
                        result.add(device);
                    }
                }
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Button groups of MultipleButtonGroupExpandedDefinition ({@code /device/N/buttongroup/expanded}, with buttons),
     * MultipleButtonGroupDefinition ({@code /buttongroup}) and the One... forms.
     */
    public static List<LeapButtonGroup> buttonGroups(LeapMessage m) {
        List<JsonNode> items = LeapJson.items(m.body(), "ButtonGroupsExpanded", "ButtonGroupExpanded");
        if (items.isEmpty()) {
            items = LeapJson.items(m.body(), "ButtonGroups", "ButtonGroup");
        }
        return map(items, LeapButtonGroup::from);
    }

    /**
     * Buttons of MultipleButtonDefinition (Caseta {@code /button}) and OneButtonDefinition, or, for an expanded button
     * group body, the buttons of all its groups.
     */
    public static List<LeapButton> buttons(LeapMessage m) {
        List<JsonNode> items = LeapJson.items(m.body(), "Buttons", "Button");
        if (!items.isEmpty()) {
            return map(items, LeapButton::from);
        }
        List<LeapButton> result = new ArrayList<>();
        for (JsonNode group : LeapJson.items(m.body(), "ButtonGroupsExpanded", "ButtonGroupExpanded")) {
            LeapButtonGroup g = LeapButtonGroup.from(group);
            if (g != null) {
                result.addAll(g.buttons());
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** Virtual buttons (Caseta scenes) of MultipleVirtualButtonDefinition; {@code /vbutton/N} entries are left out. */
    public static List<LeapVirtualButton> virtualButtons(LeapMessage m) {
        return map(LeapJson.items(m.body(), "VirtualButtons", "VirtualButton"), LeapVirtualButton::from);
    }

    /** Occupancy groups of MultipleOccupancyGroupDefinition and OneOccupancyGroupDefinition (Caseta). */
    public static List<LeapOccupancyGroup> occupancyGroups(LeapMessage m) {
        return map(LeapJson.items(m.body(), "OccupancyGroups", "OccupancyGroup"), LeapOccupancyGroup::from);
    }

    /** The project of OneProjectDefinition, or null. */
    public static LeapProject project(LeapMessage m) {
        JsonNode project = LeapJson.child(m.body(), "Project");
        return project == null ? null : LeapProject.from(project);
    }

    /** The LEAP version of OnePingResponse, or null. */
    public static LeapPing ping(LeapMessage m) {
        return LeapPing.from(LeapJson.child(m.body(), "PingResponse"));
    }

    /**
     * The event of OneButtonStatusEvent, or null. The button id falls back to the message URL
     * ({@code /button/N/status/event}) when the body names none.
     */
    public static LeapButtonEvent buttonEvent(LeapMessage m) {
        if (m.decodedBody() instanceof LeapButtonEvent b) {
            return b;
        }
        JsonNode status = LeapJson.child(m.body(), "ButtonStatus");
        if (status == null) {
            return null;
        }
        LeapButtonEvent event = LeapButtonEvent.from(status);
        if (event == null && "button".equals(LeapHref.resource(m.url()))) {
            int id = LeapHref.parseId(m.url());
            if (id >= 0) {
                return new LeapButtonEvent(id, LeapJson.text(LeapJson.child(status, "ButtonEvent"), "EventType"));
            }
        }
        return event;
    }

    /** The LED state of OneLEDStatus, or null. */
    public static LeapLedStatus ledStatus(LeapMessage m) {
        JsonNode status = LeapJson.child(m.body(), "LEDStatus");
        return status == null ? null : LeapLedStatus.from(status);
    }

    /** The Smart Away state of an AwayStatus body (Caseta {@code /system/away/1/status}), or null. */
    public static LeapAwayStatus awayStatus(LeapMessage m) {
        JsonNode status = LeapJson.child(m.body(), "AwayStatus");
        return status == null ? null : LeapAwayStatus.from(status);
    }

    /**
     * The battery state of OneDeviceStatus ({@code /device/N/status}): {@code BatteryStatus.LevelState}, such as
     * {@code Good} or {@code Low}, or null when the body tells none.
     */
    public static String batteryLevel(LeapMessage m) {
        return LeapJson.text(LeapJson.child(LeapJson.child(m.body(), "DeviceStatus"), "BatteryStatus"), "LevelState");
    }

    /** The LIP ids of OneLIPIdListDefinition ({@code /server/2/id}); empty lists for any other body. */
    public static LeapLipIdList lipIds(LeapMessage m) {
        JsonNode list = LeapJson.child(m.body(), "LIPIdList");
        return new LeapLipIdList(map(LeapJson.items(list, "Devices", null), LeapLipIdList.Entry::from),
                map(LeapJson.items(list, "Zones", null), LeapLipIdList.Entry::from));
    }

    private static <T> List<T> map(List<JsonNode> items, Function<JsonNode, T> from) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<T> result = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            T value = from.apply(item);
            if (value != null) {
                result.add(value);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The message of an error body: {@code {"Message":...}} (LEAP ExceptionDetail) or
     * {@code {"Exception":{"Message":...}}} (LAP pairing).
     *
     * @return the message, or null when the body is null or holds none
     */
    public static String errorMessage(JsonNode body) {
        String message = LeapJson.text(body, "Message");
        return message != null ? message : LeapJson.text(LeapJson.child(body, "Exception"), "Message");
    }
}
