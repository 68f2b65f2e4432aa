package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LipLevel;

/**
 * The immutable description of an installation the {@link LipBridgeSimulator} plays: areas (occupancy groups), zones
 * with their load type and level at start, devices with buttons and what the buttons do, timeclocks, green modes and
 * state variables. Read one with {@link #fromJson(InputStream)} (schema in {@code docs/simulator.md}),
 * {@link #fromCatalog(LutronCatalog)} or {@link #demo()}.
 */
public final class LipHouse {

    /** The export time reported by {@code ?SYSTEM,10} when the house does not give one. */
    public static final LocalDateTime DEFAULT_EXPORT_TIME = LocalDateTime.of(2026, 1, 1, 0, 0, 0);

    private static final String DEFAULT_NAME = "LIP house";
    private static final LocalTime DEFAULT_SUNRISE = LocalTime.of(6, 30);
    private static final LocalTime DEFAULT_SUNSET = LocalTime.of(18, 30);
    private static final String DEMO_RESOURCE = "demo-house.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOUSE_FIELDS = Set.of("name", "exportTime", "latitude", "longitude", "sunrise",
            "sunset", "areas", "zones", "devices", "timeclocks", "greenModes", "variables");
    private static final Set<String> AREA_FIELDS = Set.of("id", "name", "sensors", "occupied");
    private static final Set<String> ZONE_FIELDS = Set.of("id", "name", "area", "type", "level", "tilt");
    private static final Set<String> DEVICE_FIELDS = Set.of("id", "name", "area", "type", "buttons", "controls",
            "favorite");
    private static final Set<String> BUTTON_FIELDS = Set.of("number", "name", "led", "scene");
    private static final Set<String> TIMECLOCK_FIELDS = Set.of("id", "name", "mode", "events");
    private static final Set<String> TIMECLOCK_EVENT_FIELDS = Set.of("index", "name", "scene");
    private static final Set<String> GREEN_MODE_FIELDS = Set.of("id", "name", "step");
    private static final Set<String> VARIABLE_FIELDS = Set.of("id", "name", "value");
    private static final double DEFAULT_FAVORITE = 50;

    private static volatile LipHouse demo;

    private final String name;
    private final LocalDateTime exportTime;
    private final double latitude;
    private final double longitude;
    private final LocalTime sunrise;
    private final LocalTime sunset;
    private final Map<Integer, Area> areas;
    private final Map<Integer, Zone> zones;
    private final Map<Integer, Device> devices;
    private final Map<Integer, Timeclock> timeclocks;
    private final Map<Integer, GreenMode> greenModes;
    private final Map<Integer, Variable> variables;

    private LipHouse(String name, LocalDateTime exportTime, double latitude, double longitude, LocalTime sunrise,
                     LocalTime sunset, List<Area> areas, List<Zone> zones, List<Device> devices,
                     List<Timeclock> timeclocks, List<GreenMode> greenModes, List<Variable> variables) {
        this.name = name;
        this.exportTime = exportTime;
        this.latitude = latitude;
        this.longitude = longitude;
        this.sunrise = sunrise;
        this.sunset = sunset;
        this.areas = byId(areas, Area::id, "area");
        this.zones = byId(zones, Zone::id, "zone");
        this.devices = byId(devices, Device::id, "device");
        this.timeclocks = byId(timeclocks, Timeclock::id, "timeclock");
        this.greenModes = byId(greenModes, GreenMode::id, "green mode");
        this.variables = byId(variables, Variable::id, "variable");
        checkReferences();
        checkTimeclockEvents();
    }

    /**
     * The demo house: Kitchen, Living Room, Bedroom, Office and Hallway with dimmers, a switch, a ceiling fan,
     * shades, a venetian blind, a pulsed and a maintained contact closure output, a seeTouch keypad, two Picos, motion
     * sensors, a timeclock with three events and the phantom scenes "All On", "All Off", "Movie" and "Goodnight" on
     * device 1 (see {@code docs/simulator.md} for the ids).
     */
    public static LipHouse demo() {
        LipHouse house = demo;
        if (house == null) {
            try (InputStream in = LipHouse.class.getResourceAsStream(DEMO_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + DEMO_RESOURCE + " is missing from the classpath");
                }
                house = fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
            }
            demo = house;
        }
        return house;
    }

    /**
     * Reads a house from JSON (schema in {@code docs/simulator.md}).
     *
     * @throws IllegalArgumentException when the JSON is malformed or describes an inconsistent house
     * @throws IOException              when the stream cannot be read
     */
    public static LipHouse fromJson(InputStream json) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed house JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("house JSON must be an object");
        }
        Node house = new Node(root, "house", HOUSE_FIELDS);
        return new LipHouse(
                house.text("name", DEFAULT_NAME),
                house.dateTime("exportTime", DEFAULT_EXPORT_TIME),
                house.number("latitude", 0),
                house.number("longitude", 0),
                house.time("sunrise", DEFAULT_SUNRISE),
                house.time("sunset", DEFAULT_SUNSET),
                house.list("areas", AREA_FIELDS, LipHouse::area),
                house.list("zones", ZONE_FIELDS, LipHouse::zone),
                house.list("devices", DEVICE_FIELDS, LipHouse::device),
                house.list("timeclocks", TIMECLOCK_FIELDS, LipHouse::timeclock),
                house.list("greenModes", GREEN_MODE_FIELDS,
                        n -> new GreenMode(n.id(), n.text("name", null), n.integer("step", 1))),
                house.list("variables", VARIABLE_FIELDS,
                        n -> new Variable(n.id(), n.text("name", null), n.integer("value", 0))));
    }

    /**
     * A house with the areas, zones (all at level 0), devices and buttons, timeclocks (mode 1, no events) and green
     * modes (step 1) of a catalog, as read from a {@code DbXmlInfo.xml} or Caseta report. Buttons do nothing but
     * report, except the phantom buttons of a main repeater or smart bridge, which light their LED; each motion sensor
     * belongs to the area its device is in.
     */
    public static LipHouse fromCatalog(LutronCatalog catalog) {
        List<Area> areas = new ArrayList<>();
        for (io.github.camellutron.catalog.Area a : catalog.areas()) {
            List<Integer> sensors = catalog.devices().stream()
                    .filter(d -> Device.MOTION_SENSOR.equals(d.type()) && Objects.equals(a.name(), d.area()))
                    .map(io.github.camellutron.catalog.Device::id)
                    .toList();
            areas.add(new Area(a.id(), a.name(), sensors, GroupState.UNKNOWN));
        }
        List<Zone> zones = catalog.zones().stream()
                .map(z -> new Zone(z.id(), z.name(), z.area(), z.type(), 0, 0))
                .toList();
        List<Device> devices = catalog.devices().stream()
                .map(d -> new Device(d.id(), d.name(), d.area(), d.type(),
                        d.buttons().stream().map(b -> new Button(b.number(), b.name(), b.ledId(), Map.of())).toList(),
                        List.of(), DEFAULT_FAVORITE))
                .toList();
        List<Timeclock> timeclocks = catalog.timeclocks().stream()
                .map(t -> new Timeclock(t.id(), t.name(), 1, List.of())).toList();
        List<GreenMode> greenModes = catalog.greenModes().stream().map(g -> new GreenMode(g.id(), g.name(), 1))
                .toList();
        return new LipHouse(DEFAULT_NAME, DEFAULT_EXPORT_TIME, 0, 0, DEFAULT_SUNRISE, DEFAULT_SUNSET, areas, zones,
                devices, timeclocks, greenModes, List.of());
    }

    /** The house's name, for logs. */
    public String name() {
        return name;
    }

    /** The database export time answered to {@code ?SYSTEM,10}. */
    public LocalDateTime exportTime() {
        return exportTime;
    }

    /** Latitude answered to {@code ?SYSTEM,4}. */
    public double latitude() {
        return latitude;
    }

    /** Longitude answered to {@code ?SYSTEM,4}. */
    public double longitude() {
        return longitude;
    }

    /** Sunrise answered to {@code ?SYSTEM,7} and {@code ?TIMECLOCK,id,2}. */
    public LocalTime sunrise() {
        return sunrise;
    }

    /** Sunset answered to {@code ?SYSTEM,6} and {@code ?TIMECLOCK,id,3}. */
    public LocalTime sunset() {
        return sunset;
    }

    /** The areas, in house order. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /** The zones (outputs), in house order. */
    public List<Zone> zones() {
        return List.copyOf(zones.values());
    }

    /** The devices, in house order. */
    public List<Device> devices() {
        return List.copyOf(devices.values());
    }

    /** The timeclocks, in house order. */
    public List<Timeclock> timeclocks() {
        return List.copyOf(timeclocks.values());
    }

    /** The green modes, in house order. */
    public List<GreenMode> greenModes() {
        return List.copyOf(greenModes.values());
    }

    /** The HomeWorks QS state variables, in house order. */
    public List<Variable> variables() {
        return List.copyOf(variables.values());
    }

    /** Integration ids of the areas, which are also their occupancy group ids, in house order. */
    public List<Integer> areaIds() {
        return List.copyOf(areas.keySet());
    }

    /** Integration ids of the zones (outputs), in house order. */
    public List<Integer> zoneIds() {
        return List.copyOf(zones.keySet());
    }

    /** Integration ids of the devices, in house order. */
    public List<Integer> deviceIds() {
        return List.copyOf(devices.keySet());
    }

    /** The area (occupancy group) with that integration id. */
    public Optional<Area> area(int id) {
        return Optional.ofNullable(areas.get(id));
    }

    /** The zone with that integration id. */
    public Optional<Zone> zone(int id) {
        return Optional.ofNullable(zones.get(id));
    }

    /** The device with that integration id. */
    public Optional<Device> device(int id) {
        return Optional.ofNullable(devices.get(id));
    }

    /** The timeclock with that integration id. */
    public Optional<Timeclock> timeclock(int id) {
        return Optional.ofNullable(timeclocks.get(id));
    }

    /** The green mode with that integration id. */
    public Optional<GreenMode> greenMode(int id) {
        return Optional.ofNullable(greenModes.get(id));
    }

    /** The state variable with that integration id. */
    public Optional<Variable> variable(int id) {
        return Optional.ofNullable(variables.get(id));
    }

    /** The zones of an area: those whose area name is the area's name. */
    public List<Zone> zonesIn(int areaId) {
        Area area = areas.get(areaId);
        return area == null ? List.of()
                : zones.values().stream().filter(z -> Objects.equals(area.name(), z.area())).toList();
    }

    /** The zone with that name (exact match), for tests that prefer names to ids. */
    public Optional<Zone> zone(String name) {
        return zones.values().stream().filter(z -> Objects.equals(z.name(), name)).findFirst();
    }

    /** The device with that name (exact match). */
    public Optional<Device> device(String name) {
        return devices.values().stream().filter(d -> Objects.equals(d.name(), name)).findFirst();
    }

    /**
     * The house as the {@code DbXmlInfo.xml} a RadioRA 2 main repeater serves: areas, zones, devices with their
     * buttons and LEDs, occupancy groups, timeclocks, green modes and the export time, readable by
     * {@link io.github.camellutron.catalog.IntegrationReports#parseDbXmlInfo(InputStream)}.
     */
    public String toDbXmlInfo() {
        return DbXmlInfoWriter.write(this);
    }

    @Override
    public String toString() {
        return "LipHouse[" + name + ": areas=" + areas.size() + ", zones=" + zones.size() + ", devices="
               + devices.size() + "]";
    }

    private void checkReferences() {
        for (Area area : areas.values()) {
            for (int sensor : area.sensors()) {
                Device d = devices.get(sensor);
                if (d == null || !d.isSensor()) {
                    throw new IllegalArgumentException("area " + area.id() + ": sensor " + sensor + " is not a "
                                                       + Device.MOTION_SENSOR + " device");
                }
            }
        }
        for (Device device : devices.values()) {
            for (int zone : device.controls()) {
                requireZone(zone, "device " + device.id() + " controls");
            }
            for (Button button : device.buttons()) {
                for (int zone : button.scene().keySet()) {
                    requireZone(zone, "device " + device.id() + " button " + button.number() + " scene");
                }
            }
        }
    }

    private void checkTimeclockEvents() {
        for (Timeclock timeclock : timeclocks.values()) {
            for (TimeclockEvent event : timeclock.events()) {
                for (int zone : event.scene().keySet()) {
                    requireZone(zone, "timeclock " + timeclock.id() + " event " + event.index() + " scene");
                }
            }
        }
    }

    private void requireZone(int zone, String where) {
        if (!zones.containsKey(zone)) {
            throw new IllegalArgumentException(where + " unknown zone " + zone);
        }
    }

    private static <T> Map<Integer, T> byId(List<T> values, Function<T, Integer> id, String kind) {
        Map<Integer, T> map = new LinkedHashMap<>();
        for (T value : values) {
            if (map.put(id.apply(value), value) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id " + id.apply(value));
            }
        }
        return map;
    }

    private static Area area(Node n) {
        Boolean occupied = n.bool("occupied");
        GroupState state = occupied == null ? GroupState.UNKNOWN
                : occupied ? GroupState.OCCUPIED : GroupState.UNOCCUPIED;
        return new Area(n.id(), n.text("name", null), n.ints("sensors"), state);
    }

    private static Zone zone(Node n) {
        Zone zone = new Zone(n.id(), n.text("name", null), n.text("area", null), n.text("type", "INC"),
                n.level("level", 0), n.level("tilt", 0));
        if (n.json.has("tilt") && !zone.tilts()) {
            throw n.invalid("tilt", "is for VENETIAN_BLIND and SHEER_BLIND zones only");
        }
        return zone;
    }

    private static Timeclock timeclock(Node n) {
        List<TimeclockEvent> events = n.list("events", TIMECLOCK_EVENT_FIELDS,
                e -> new TimeclockEvent(e.requiredInt("index", 1), e.text("name", null), e.scene()));
        if (events.stream().map(TimeclockEvent::index).distinct().count() < events.size()) {
            throw n.invalid("events", "has an index twice");
        }
        return new Timeclock(n.id(), n.text("name", null), n.integer("mode", 1), events);
    }

    private static Device device(Node n) {
        return new Device(n.id(), n.text("name", null), n.text("area", null), n.requiredText("type"),
                n.list("buttons", BUTTON_FIELDS, LipHouse::button), n.ints("controls"),
                n.level("favorite", DEFAULT_FAVORITE));
    }

    private static Button button(Node n) {
        Map<Integer, Double> scene = n.scene();
        Integer number = n.optionalInt("number");
        if (number == null) {
            throw n.invalid("number", "is required");
        }
        return new Button(number, n.text("name", null), n.optionalInt("led"), scene);
    }

    private static double checkLevel(double level, String where) {
        if (!(level >= LipLevel.MIN && level <= LipLevel.MAX)) {
            throw new IllegalArgumentException(where + ": level " + level + " is outside 0-100");
        }
        return level;
    }

    /** A JSON object being read, with the path used in error messages. */
    private static final class Node {
        final JsonNode json;
        final String where;

        Node(JsonNode json, String where, Set<String> allowed) {
            this.json = json;
            this.where = where;
            for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!allowed.contains(field)) {
                    throw new IllegalArgumentException(where + ": unknown property '" + field + "', expected one of "
                                                       + new TreeSet<>(allowed));
                }
            }
        }

        IllegalArgumentException invalid(String field, String problem) {
            return new IllegalArgumentException(where + ": '" + field + "' " + problem);
        }

        int id() {
            JsonNode id = json.get("id");
            if (id == null || !id.canConvertToInt() || id.asInt() < 0) {
                throw invalid("id", "is required and must be a non-negative integer");
            }
            return id.asInt();
        }

        String text(String field, String fallback) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isTextual()) {
                throw invalid(field, "must be a string");
            }
            return v.asText();
        }

        String requiredText(String field) {
            String v = text(field, null);
            if (v == null || v.isBlank()) {
                throw invalid(field, "is required");
            }
            return v;
        }

        double number(String field, double fallback) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isNumber()) {
                throw invalid(field, "must be a number");
            }
            return v.asDouble();
        }

        double level(String field, double fallback) {
            return checkLevel(number(field, fallback), where + " '" + field + "'");
        }

        int integer(String field, int fallback) {
            Integer v = optionalInt(field);
            return v == null ? fallback : v;
        }

        Integer optionalInt(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw invalid(field, "must be an integer");
            }
            return v.asInt();
        }

        /** The {@code scene} object, zone id to level; empty when absent. */
        Map<Integer, Double> scene() {
            Map<Integer, Double> scene = new LinkedHashMap<>();
            JsonNode levels = json.get("scene");
            if (levels != null && !levels.isNull()) {
                if (!levels.isObject()) {
                    throw invalid("scene", "must be an object of zone id to level");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = levels.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    int zone;
                    try {
                        zone = Integer.parseInt(e.getKey());
                    } catch (NumberFormatException x) {
                        throw invalid("scene", "key '" + e.getKey() + "' is not a zone id");
                    }
                    if (!e.getValue().isNumber()) {
                        throw invalid("scene", "level of zone " + zone + " must be a number");
                    }
                    scene.put(zone, checkLevel(e.getValue().asDouble(), where + " scene zone " + zone));
                }
            }
            return scene;
        }

        /** An integer that must be there and be at least {@code min}. */
        int requiredInt(String field, int min) {
            Integer v = optionalInt(field);
            if (v == null || v < min) {
                throw invalid(field, "is required and must be an integer of at least " + min);
            }
            return v;
        }

        Boolean bool(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                throw invalid(field, "must be true or false");
            }
            return v.asBoolean();
        }

        LocalDateTime dateTime(String field, LocalDateTime fallback) {
            String v = text(field, null);
            try {
                return v == null ? fallback : LocalDateTime.parse(v);
            } catch (DateTimeParseException e) {
                throw invalid(field, "must be an ISO local date-time such as 2026-03-14T09:26:53");
            }
        }

        LocalTime time(String field, LocalTime fallback) {
            String v = text(field, null);
            try {
                return v == null ? fallback : LocalTime.parse(v);
            } catch (DateTimeParseException e) {
                throw invalid(field, "must be a time of day such as 06:45");
            }
        }

        List<Integer> ints(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw invalid(field, "must be an array of integers");
            }
            List<Integer> values = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                    throw invalid(field, "must be an array of integers");
                }
                values.add(e.asInt());
            }
            return values;
        }

        <T> List<T> list(String field, Set<String> allowed, Function<Node, T> reader) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw invalid(field, "must be an array");
            }
            List<T> values = new ArrayList<>();
            int i = 0;
            for (JsonNode e : v) {
                String at = where + "." + field + "[" + i++ + "]";
                if (!e.isObject()) {
                    throw new IllegalArgumentException(at + " must be an object");
                }
                values.add(reader.apply(new Node(e, at, allowed)));
            }
            return values;
        }
    }

    /**
     * An area; its integration id is also its occupancy group id ({@code ?GROUP,id,3}). {@code sensors} are the
     * motion sensor devices of its occupancy group and {@code occupancy} the state at start.
     */
    public record Area(int id, String name, List<Integer> sensors, GroupState occupancy) {

        public Area {
            sensors = List.copyOf(sensors);
            Objects.requireNonNull(occupancy, "occupancy");
        }
    }

    /**
     * An output. {@code type} is the LIP OutputType ({@code INC}, {@code ELV}, {@code NON_DIM},
     * {@code CEILING_FAN_TYPE}, {@code SYSTEM_SHADE}, {@code VENETIAN_BLIND}, {@code CCO_PULSED}, ...), which decides
     * the levels and actions it takes; {@code level} is the level (a shade's or blind's lift) at start and
     * {@code tilt} a blind's tilt at start.
     */
    public record Zone(int id, String name, String area, String type, double level, double tilt) {

        /** True for loads that are only off or on: non-dim, relay, switched motor, CCO and motor outputs. */
        public boolean isSwitched() {
            return type != null && (type.startsWith("NON_DIM") || type.startsWith("CCO_")
                                    || type.equals("RELAY_LIGHTING") || type.equals("SWITCHED_MOTOR")
                                    || type.equals("MOTOR"));
        }

        /** What the output is, from its type; null for a type the catalog does not know. */
        public ControlType controlType() {
            return ControlType.ofLipOutputType(type);
        }

        /** True for lights, which {@code #OUTPUT,id,5} flashes; shades, fans and contact closures do not flash. */
        public boolean flashes() {
            ControlType control = controlType();
            return control == null || control == ControlType.Dimmed || control == ControlType.Switched;
        }

        /** True for a fan controller, which only runs at 0, 25, 50, 75 or 100 %. */
        public boolean isFan() {
            return "CEILING_FAN_TYPE".equals(type);
        }

        /** True for venetian and sheer blinds, which tilt (OUTPUT actions 9 to 13). */
        public boolean tilts() {
            return controlType() == ControlType.ShadeWithTilt;
        }

        /** True for shades and blinds, which raise, lower and stop their lift (OUTPUT actions 14 to 16). */
        public boolean lifts() {
            ControlType control = controlType();
            return control == ControlType.Shade || control == ControlType.ShadeWithTilt;
        }

        /** True for contact closure outputs, which pulse (OUTPUT action 6). */
        public boolean pulses() {
            return controlType() == ControlType.CCO;
        }

        /** The level this load really goes to when asked for {@code requested}. */
        double accept(double requested) {
            if (isSwitched()) {
                return requested > 0 ? LipLevel.MAX : LipLevel.MIN;
            }
            if (isFan()) {
                return FanSpeed.ofLevel(requested).level();
            }
            return requested;
        }

        /** How far one raise or lower step moves this load. */
        double rampStep() {
            return isSwitched() ? LipLevel.MAX : isFan() ? 25 : 10;
        }
    }

    /**
     * A keypad, Pico, sensor or the repeater / bridge itself. {@code type} is the DeviceType ({@code MAIN_REPEATER},
     * {@code SEETOUCH_KEYPAD}, {@code PICO_KEYPAD}, {@code MOTION_SENSOR}, ...), null when a catalog does not know
     * it; for a Pico, {@code controls} are the zones its buttons drive and {@code favorite} the level of its middle
     * button.
     */
    public record Device(int id, String name, String area, String type, List<Button> buttons, List<Integer> controls,
                         double favorite) {

        static final String MOTION_SENSOR = "MOTION_SENSOR";

        /** The component an occupancy sensor reports on. */
        static final int SENSOR_COMPONENT = 2;

        public Device {
            buttons = List.copyOf(buttons);
            controls = List.copyOf(controls);
            Set<Integer> components = new HashSet<>();
            for (Button b : buttons) {
                if (!components.add(b.number()) || (b.led() != null && !components.add(b.led()))) {
                    throw new IllegalArgumentException("device " + id + ": component "
                                                       + b.number() + " or LED " + b.led() + " is used twice");
                }
            }
        }

        /** The button with that component number. */
        public Optional<Button> button(int number) {
            return buttons.stream().filter(b -> b.number() == number).findFirst();
        }

        /** The button whose LED is that component. */
        public Optional<Button> buttonByLed(int led) {
            return buttons.stream().filter(b -> b.led() != null && b.led() == led).findFirst();
        }

        /** True for an occupancy sensor, which reports on component 2. */
        public boolean isSensor() {
            return MOTION_SENSOR.equals(type);
        }

        /** True for a Pico (RadioRA 2 {@code PICO_KEYPAD}, Caseta report {@code PICO}). */
        public boolean isPico() {
            return "PICO_KEYPAD".equals(type) || "PICO".equals(type);
        }

        /** True for the devices that run on a battery: occupancy sensors and Picos. */
        public boolean runsOnBattery() {
            return isSensor() || isPico();
        }

        /** True for the main repeater or smart bridge, whose buttons are the phantom (scene) buttons. */
        public boolean isRepeater() {
            return "MAIN_REPEATER".equals(type) || "SMART_BRIDGE".equals(type);
        }
    }

    /**
     * A button: its component number, its LED component (null when it has none) and the scene it runs when pressed
     * (zone id to level; empty for none).
     */
    public record Button(int number, String name, Integer led, Map<Integer, Double> scene) {

        public Button {
            scene = Collections.unmodifiableMap(new LinkedHashMap<>(scene));
        }
    }

    /** A timeclock, its mode index at start and the events it can run (none when the house does not say). */
    public record Timeclock(int id, String name, int mode, List<TimeclockEvent> events) {

        public Timeclock {
            events = List.copyOf(events);
        }

        /** The event with that index. */
        public Optional<TimeclockEvent> event(int index) {
            return events.stream().filter(e -> e.index() == index).findFirst();
        }
    }

    /** A timeclock event: its index (from 1) and the scene it runs (zone id to level; empty for none). */
    public record TimeclockEvent(int index, String name, Map<Integer, Double> scene) {

        public TimeclockEvent {
            scene = Collections.unmodifiableMap(new LinkedHashMap<>(scene));
        }
    }

    /** A green mode and its step at start. */
    public record GreenMode(int id, String name, int step) {
    }

    /** A HomeWorks QS state variable and its value at start. */
    public record Variable(int id, String name, int value) {
    }
}
