package io.github.camellutron.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A big RadioRA 3 / HomeWorks QSX house, made up in the shapes of the recorded RA3 processor messages: the project
 * area, floors under it and rooms (the leaf areas) under those; each room's zones and control stations, keypads and
 * Picos ganged with the dimmers of the room's lights, their expanded button groups with buttons, engravings and keypad
 * LEDs; zone status and area occupancy. It yields the files the recorded house has, by the same paths
 * ({@code areas.json}, {@code area/N/associatedzone.json}, {@code device/N/buttongroup.json}...), so the simulator
 * answers it, pages it and changes its state exactly as for the recordings.
 * <p>
 * The same sizes always make the same house. Ids come from one counter, in the order a programmer would add things,
 * because a processor gives areas, zones, stations, devices, buttons and LEDs ids from one space.
 */
final class LeapLargeHouse {

    /** Where the ids start, clear of the processor's own ids in {@code processor.json}. */
    static final int FIRST_ID = 1000;
    /** One floor area per this many areas; smaller houses have their rooms right under the project area. */
    static final int AREAS_PER_FLOOR = 20;

    /** Zone names in the order a room gets them, each with its ControlType; a second round is numbered. */
    private static final List<String[]> ZONE_KINDS = List.of(
            new String[] { "Downlights", "Dimmed" }, new String[] { "Pendants", "Dimmed" },
            new String[] { "Sconces", "Dimmed" }, new String[] { "Shade", "Shade" },
            new String[] { "Lamps", "Switched" }, new String[] { "Cove", "WhiteTune" },
            new String[] { "Fan", "FanSpeed" }, new String[] { "Accent", "SpectrumTune" },
            new String[] { "Chandelier", "Dimmed" }, new String[] { "Exhaust", "Switched" });
    private static final List<String> STATIONS = List.of("Entry", "Door", "Bedside", "Hall", "Vanity", "Window");
    /** Keypad engravings, one set per keypad of a room; the room's name goes first so each scene name is unique. */
    private static final List<List<String>> SCENES = List.of(
            List.of("Bright", "Entertain", "Relax", "Off"), List.of("Reading", "Dinner", "Night", "All Off"),
            List.of("Morning", "Movie", "Shades", "Goodnight"));
    private static final List<String> PICO_BUTTONS = List.of("On", "Favorite", "Off", "Raise", "Lower");

    private final Map<String, ObjectNode> files = new LinkedHashMap<>();
    private final ArrayNode areas = array();
    private final ArrayNode zoneStatuses = array();
    private final ArrayNode areaStatuses = array();
    private final ArrayNode deviceList = array();
    private int nextId = FIRST_ID;
    private int serial = 70_000_000;

    private LeapLargeHouse() {
    }

    /**
     * The files of a house with {@code areaCount} areas in all (the project area and floors included), {@code zoneCount}
     * zones and {@code keypadCount} keypads and Picos, spread evenly over the rooms.
     */
    static Map<String, ObjectNode> generate(int areaCount, int zoneCount, int keypadCount) {
        if (areaCount < 2 || zoneCount < 0 || keypadCount < 0) {
            throw new IllegalArgumentException("a large house needs at least 2 areas (the project and a room) and no"
                                               + " negative counts, was " + areaCount + " areas, " + zoneCount
                                               + " zones, " + keypadCount + " keypads");
        }
        LeapLargeHouse house = new LeapLargeHouse();
        house.build(areaCount, zoneCount, keypadCount);
        return house.files;
    }

    private void build(int areaCount, int zoneCount, int keypadCount) {
        int floorCount = (areaCount - 1) / AREAS_PER_FLOOR;
        int roomCount = areaCount - 1 - floorCount;
        int project = nextId++;
        branch(project, "Home", null);
        List<Integer> floors = new ArrayList<>();
        for (int f = 0; f < floorCount; f++) {
            int floor = nextId++;
            floors.add(floor);
            branch(floor, "Floor " + (f + 1), project);
        }
        for (int r = 0; r < roomCount; r++) {
            int parent = floors.isEmpty() ? project : floors.get(r * floorCount / roomCount);
            room(r, parent, share(zoneCount, r, roomCount), share(keypadCount, r, roomCount));
        }
        files.put("areas.json", list("/area", "MultipleAreaDefinition", "Areas", areas));
        files.put("zonestatus.json", message("SubscribeResponse", "/zone/status", "MultipleZoneStatus",
                "ZoneStatuses", zoneStatuses));
        files.put("area/status.json", list("/area/status", "MultipleAreaStatus", "AreaStatuses", areaStatuses));
        files.put("area/status-subscribe.json", message("SubscribeResponse", "/area/status", "MultipleAreaStatus",
                "AreaStatuses", areaStatuses.deepCopy()));
        files.put("device-list.json", list("/device?where=IsThisDevice:false", "MultipleDeviceDefinition", "Devices",
                deviceList));
    }

    /** How many of {@code total} things room {@code r} of {@code rooms} gets: the rooms' shares differ by one at most. */
    private static int share(int total, int r, int rooms) {
        return (int) ((long) total * (r + 1) / rooms - (long) total * r / rooms);
    }

    /** An area with areas under it: no zones, no stations, answered 204 as the recorded project area is. */
    private void branch(int id, String name, Integer parent) {
        ObjectNode area = areas.addObject();
        area.put("href", "/area/" + id);
        area.put("Name", name);
        if (parent != null) {
            area.putObject("Parent").put("href", "/area/" + parent);
        }
        area.put("SortOrder", areas.size() - 1);
        area.put("IsLeaf", false);
        ObjectNode definition = object();
        definition.put("href", "/area/" + id);
        definition.put("Name", name);
        if (parent != null) {
            definition.putObject("Parent").put("href", "/area/" + parent);
        }
        // as recorded for the project area: a string, not a boolean
        definition.put("IsLeaf", "False");
        files.put("area/" + id + "/ra3-area" + id + ".json", one("/area/" + id, "OneAreaDefinition", "Area",
                definition));
        files.put("area/" + id + "/associatedzone.json", noContent("/area/" + id + "/associatedzone"));
        files.put("area/" + id + "/controlstation.json", noContent("/area/" + id + "/associatedcontrolstation"));
        areaStatus(id, "Unknown");
    }

    private void room(int index, int parent, int zoneCount, int keypadCount) {
        int id = nextId++;
        String name = "Room " + (index + 1);
        ObjectNode area = areas.addObject();
        area.put("href", "/area/" + id);
        area.put("Name", name);
        area.putObject("Parent").put("href", "/area/" + parent);
        area.put("SortOrder", index);
        area.put("IsLeaf", true);

        ArrayNode zones = array();
        List<Integer> zoneIds = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            zoneIds.add(zone(zones, id, z));
        }
        ArrayNode stations = array();
        List<Integer> stationIds = new ArrayList<>();
        int keypads = 0;
        for (int k = 0; k < keypadCount; k++) {
            boolean pico = k % 3 == 2;
            stationIds.add(station(stations, id, name, k, zones, pico, pico ? 0 : keypads));
            if (!pico) {
                keypads++;
            }
        }
        ObjectNode definition = object();
        definition.put("href", "/area/" + id);
        definition.put("Name", name);
        definition.putObject("Parent").put("href", "/area/" + parent);
        ArrayNode associatedZones = definition.putArray("AssociatedZones");
        zoneIds.forEach(z -> associatedZones.addObject().put("href", "/zone/" + z));
        ArrayNode associatedStations = definition.putArray("AssociatedControlStations");
        stationIds.forEach(s -> associatedStations.addObject().put("href", "/controlstation/" + s));
        files.put("area/" + id + "/ra3-area" + id + ".json", one("/area/" + id, "OneAreaDefinition", "Area",
                definition));
        files.put("area/" + id + "/associatedzone.json", zones.isEmpty() ? noContent("/area/" + id + "/associatedzone")
                : list("/area/" + id + "/associatedzone", "MultipleZoneDefinition", "Zones", zones));
        files.put("area/" + id + "/controlstation.json", stations.isEmpty()
                ? noContent("/area/" + id + "/associatedcontrolstation")
                : list("/area/" + id + "/associatedcontrolstation", "MultipleControlStationDefinition",
                        "ControlStations", stations));
        // every fourth room has an occupancy sensor, so its occupancy is known; the others are Unknown, as recorded
        boolean sensed = index % 4 == 0;
        areaStatus(id, sensed ? "Unoccupied" : "Unknown");
        if (sensed) {
            sensor(id, name);
        }
    }

    private int zone(ArrayNode zones, int area, int index) {
        int id = nextId++;
        String[] kind = ZONE_KINDS.get(index % ZONE_KINDS.size());
        int round = index / ZONE_KINDS.size();
        String controlType = kind[1];
        ObjectNode zone = zones.addObject();
        zone.put("href", "/zone/" + id);
        zone.put("Name", round == 0 ? kind[0] : kind[0] + " " + (round + 1));
        zone.put("ControlType", controlType);
        ObjectNode category = zone.putObject("Category");
        category.put("Type", controlType.equals("Shade") ? "Shade" : "");
        category.put("IsLight", !controlType.equals("Shade") && !controlType.equals("FanSpeed"));
        zone.putObject("AssociatedArea").put("href", "/area/" + area);
        zone.put("SortOrder", index);

        ObjectNode status = zoneStatuses.addObject();
        status.put("href", "/zone/" + id + "/status");
        // shades start open, as a house does by day; everything else off
        status.put("Level", controlType.equals("Shade") ? 100 : 0);
        if (controlType.equals("Switched")) {
            status.put("SwitchedLevel", "Off");
        }
        status.putObject("Zone").put("href", "/zone/" + id);
        status.put("StatusAccuracy", "Good");
        return id;
    }

    /**
     * A control station with one keypad or Pico and, for a keypad's station whose room has a light zone of the same
     * index, the dimmer or switch of that zone ganged next to it (shades and fans have no wall device of their own).
     */
    private int station(ArrayNode stations, int area, String roomName, int index, ArrayNode zones, boolean pico,
                        int keypadOfRoom) {
        int id = nextId++;
        int round = index / STATIONS.size();
        String name = STATIONS.get(index % STATIONS.size()) + (round == 0 ? "" : " " + (round + 1));
        ObjectNode station = stations.addObject();
        station.put("href", "/controlstation/" + id);
        station.put("Name", name);
        station.putObject("AssociatedArea").put("href", "/area/" + area);
        station.put("SortOrder", index);
        ArrayNode ganged = station.putArray("AssociatedGangedDevices");
        int position = 0;
        if (!pico && index < zones.size()) {
            ObjectNode zone = (ObjectNode) zones.get(index);
            String controlType = zone.path("ControlType").asText();
            if (controlType.equals("Dimmed") || controlType.equals("Switched")) {
                String type = controlType.equals("Dimmed") ? "SunnataDimmer" : "SunnataSwitch";
                int dimmer = device(area, id, zone.path("Name").asText(), type,
                        type.equals("SunnataDimmer") ? "RRST-PRO-N-XX" : "RRST-8ANS-XX", null);
                gang(ganged, dimmer, type, position++);
            }
        }
        if (pico) {
            int device = device(area, id, name + " Pico", "Pico3ButtonRaiseLower", "PJ2-3BRL-XXX-L01", "1070201");
            buttons(device, PICO_BUTTONS, false, "Lights");
            gang(ganged, device, "Pico3ButtonRaiseLower", position);
        } else {
            int device = device(area, id, name + " Keypad", "SunnataKeypad", "RRST-W4B-XX", "1270101");
            List<String> set = SCENES.get(keypadOfRoom % SCENES.size());
            int setRound = keypadOfRoom / SCENES.size();
            List<String> engravings = set.stream()
                    .map(s -> roomName + " " + s + (setRound == 0 ? "" : " " + (setRound + 1))).toList();
            buttons(device, engravings, true, null);
            gang(ganged, device, "SunnataKeypad", position);
        }
        return id;
    }

    private static void gang(ArrayNode ganged, int device, String type, int position) {
        ObjectNode entry = ganged.addObject();
        ObjectNode ref = entry.putObject("Device");
        ref.put("href", "/device/" + device);
        ref.put("DeviceType", type);
        ref.put("AddressedState", "Addressed");
        entry.put("GangPosition", position);
    }

    /** A device's definition ({@code /device/N}) and its entry in the device list; its id. */
    private int device(int area, int station, String name, String type, String model, String deviceClass) {
        int id = nextId++;
        int linkNode = nextId++;
        ObjectNode device = object();
        device.put("href", "/device/" + id);
        device.put("Name", name);
        device.putObject("Parent").put("href", "/project");
        device.put("SerialNumber", serial++);
        device.put("ModelNumber", model);
        device.put("DeviceType", type);
        device.putObject("AssociatedArea").put("href", "/area/" + area);
        device.putArray("LinkNodes").addObject().put("href", "/device/" + id + "/linknode/" + linkNode);
        if (!type.startsWith("Pico")) {
            device.putObject("FirmwareImage").put("href", "/firmwareimage/" + id);
        }
        if (deviceClass != null) {
            // the class codes of recorded keypads and Picos; none was recorded for a dimmer
            device.putObject("DeviceClass").put("HexadecimalEncoding", deviceClass);
        }
        device.put("AddressedState", "Addressed");
        files.put("device/" + id + "/device.json", one("/device/" + id, "OneDeviceDefinition", "Device", device));
        ObjectNode listed = device.deepCopy();
        listed.putObject("AssociatedControlStation").put("href", "/controlstation/" + station);
        deviceList.add(listed);
        return id;
    }

    /** The room's occupancy sensor: in the device list, as recorded, but in no control station. */
    private void sensor(int area, String roomName) {
        int id = nextId++;
        int linkNode = nextId++;
        ObjectNode device = deviceList.addObject();
        device.put("Name", roomName + " Occupancy Sensor");
        device.put("DeviceType", "RPSOccupancySensor");
        device.putObject("AssociatedArea").put("href", "/area/" + area);
        device.put("href", "/device/" + id);
        device.put("SerialNumber", serial++);
        device.putObject("Parent").put("href", "/project");
        device.put("ModelNumber", "LRF2-OKLB-P");
        device.putArray("LinkNodes").addObject().put("href", "/device/" + id + "/linknode/" + linkNode);
        device.putObject("DeviceClass").put("HexadecimalEncoding", "6080101");
        device.put("AddressedState", "Addressed");
    }

    /**
     * The device's one expanded button group: keypad buttons numbered from 1, each with its LED; Pico buttons numbered
     * from 0, without LEDs, as recorded.
     */
    private void buttons(int device, List<String> engravings, boolean leds, String category) {
        List<Integer> ledIds = new ArrayList<>();
        if (leds) {
            engravings.forEach(e -> ledIds.add(nextId++));
        }
        int group = nextId++;
        ObjectNode buttonGroup = object();
        buttonGroup.put("href", "/buttongroup/" + group);
        buttonGroup.putObject("Parent").put("href", "/device/" + device);
        buttonGroup.put("SortOrder", 0);
        if (category != null) {
            buttonGroup.putObject("Category").put("Type", category);
        }
        buttonGroup.put("ProgrammingType", "Freeform");
        ArrayNode buttons = buttonGroup.putArray("Buttons");
        for (int b = 0; b < engravings.size(); b++) {
            int button = nextId++;
            int model = nextId++;
            int number = leds ? b + 1 : b;
            ObjectNode entry = buttons.addObject();
            entry.put("href", "/button/" + button);
            entry.put("ButtonNumber", number);
            ObjectNode programming = entry.putObject("ProgrammingModel");
            programming.put("href", "/programmingmodel/" + model);
            programming.put("ProgrammingModelType", !leds && engravings.get(b).equals("Raise")
                    ? "SingleSceneRaiseProgrammingModel"
                    : !leds && engravings.get(b).equals("Lower") ? "SingleSceneLowerProgrammingModel"
                    : "SingleActionProgrammingModel");
            entry.putObject("Parent").put("href", "/buttongroup/" + group);
            entry.put("Name", "Button " + number);
            entry.putObject("Engraving").put("Text", engravings.get(b));
            if (leds) {
                entry.putObject("AssociatedLED").put("href", "/led/" + ledIds.get(b));
            }
        }
        ArrayNode groups = array();
        groups.add(buttonGroup);
        files.put("device/" + device + "/buttongroup.json", list("/device/" + device + "/buttongroup/expanded",
                "MultipleButtonGroupExpandedDefinition", "ButtonGroupsExpanded", groups));
    }

    private void areaStatus(int area, String occupancy) {
        ObjectNode status = areaStatuses.addObject();
        status.put("href", "/area/" + area + "/status");
        status.put("OccupancyStatus", occupancy);
        status.putNull("CurrentScene");
    }

    // --- message shapes, as the recorded ones have them ---

    private static ObjectNode list(String url, String bodyType, String field, ArrayNode entries) {
        return message("ReadResponse", url, bodyType, field, entries);
    }

    private static ObjectNode message(String type, String url, String bodyType, String field,
                                      JsonNode value) {
        ObjectNode message = object();
        message.put("CommuniqueType", type);
        ObjectNode header = message.putObject("Header");
        header.put("MessageBodyType", bodyType);
        header.put("StatusCode", "200 OK");
        header.put("Url", url);
        message.putObject("Body").set(field, value);
        return message;
    }

    private static ObjectNode one(String url, String bodyType, String field, ObjectNode value) {
        return message("ReadResponse", url, bodyType, field, value);
    }

    /** A read the processor answers {@code 204 NoContent} without a body, as recorded for empty areas. */
    private static ObjectNode noContent(String url) {
        ObjectNode message = object();
        message.put("CommuniqueType", "ReadResponse");
        ObjectNode header = message.putObject("Header");
        header.put("StatusCode", "204 NoContent");
        header.put("Url", url);
        return message;
    }

    private static ObjectNode object() {
        return LeapFixtures.MAPPER.createObjectNode();
    }

    private static ArrayNode array() {
        return LeapFixtures.MAPPER.createArrayNode();
    }
}
