package io.github.camellutron.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.event.Gesture;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.ZoneStatus;

/**
 * One Lutron bridge as Home Assistant sees it over MQTT: the discovery configurations its catalog makes, the
 * messages its events make, and the bridge command a message on a command topic makes. No I/O here: {@link MqttRoutes}
 * moves the messages. Topics, payloads and the choices behind them are in {@code docs/example-mqtt.md}.
 *
 * <p>Events of one bridge arrive in order on one thread, commands on the MQTT client's thread: what both read (the
 * zones declared, the speed a fan last ran at) is kept in concurrent maps.
 */
final class HomeAssistantBridge {

    /** What a topic level, a discovery node id or object id may be made of (Home Assistant's discovery topics). */
    static final Pattern TOPIC_LEVEL = Pattern.compile("[A-Za-z0-9_-]+");

    static final String ONLINE = "online";
    static final String OFFLINE = "offline";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** LIP motion sensors; a LEAP occupancy sensor's device type names it (RPSOccupancySensor, ...). */
    private static final String LIP_MOTION_SENSOR = "MOTION_SENSOR";

    /** Home Assistant's platforms for Lutron zones, by what the zone is. */
    enum Platform {
        LIGHT("light"), SWITCH("switch"), FAN("fan"), COVER("cover");

        final String component;

        Platform(String component) {
            this.component = component;
        }

        /** Dimmers and tunable lights are lights, anything unknown too: every Lutron zone takes a level. */
        static Platform of(ControlType type) {
            if (type == null) {
                return LIGHT;
            }
            return switch (type) {
                case Switched, Receptacle, CCO -> SWITCH;
                case FanSpeed -> FAN;
                case Shade, Tilt, ShadeWithTilt -> COVER;
                case Dimmed, WhiteTune, SpectrumTune, ColorTune -> LIGHT;
            };
        }
    }

    /** A zone as it was declared: a cover has a position unless it only tilts, and a tilt where LEAP can set it. */
    record ZoneEntity(Platform platform, boolean position, boolean tilt) {
    }

    /** A message to publish. */
    record Publication(String topic, String payload, boolean retained) {
    }

    /** A bridge command: the producer operation and its headers. */
    record Command(String operation, Map<String, Object> headers) {
    }

    private final String name;
    private final boolean leap;
    private final String discoveryPrefix;
    private final String base;
    private final String nodeId;
    private final boolean buttonGestures;
    private final Map<Integer, ZoneEntity> zones = new ConcurrentHashMap<>();
    private final Set<Integer> occupancyAreas = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Double> fanSpeeds = new ConcurrentHashMap<>();

    /**
     * @param bridge          the bridge; its name becomes a topic level, so letters, digits, {@code -} and {@code _}
     * @param discoveryPrefix Home Assistant's discovery prefix, {@code homeassistant} unless changed there
     * @param baseTopic       the first level of every state and command topic, one level of the same characters
     * @param buttonGestures  declare gesture triggers (single, double, long press) rather than press and release
     */
    HomeAssistantBridge(BridgeEndpoint bridge, String discoveryPrefix, String baseTopic, boolean buttonGestures) {
        this.name = requireLevel(bridge.name(), "Bridge name");
        this.leap = bridge.uri().startsWith("lutron-leap:");
        this.discoveryPrefix = discoveryPrefix;
        this.base = requireLevel(baseTopic, "Base topic") + "/" + name;
        this.nodeId = baseTopic + "_" + name;
        this.buttonGestures = buttonGestures;
    }

    String name() {
        return name;
    }

    String availabilityTopic() {
        return base + "/availability";
    }

    /** The topic filter that takes every command of this bridge. */
    String commandTopics() {
        return base + "/zone/+/+/set";
    }

    // --- discovery ---

    /** The retained configuration of every zone, occupied area and button trigger of the catalog. */
    List<Publication> discovery(LutronCatalog catalog) {
        List<Publication> configs = new ArrayList<>();
        for (Zone zone : catalog.zones()) {
            ZoneEntity entity = entity(zone.controlType());
            zones.put(zone.id(), entity);
            configs.add(zoneConfig(zone, entity));
        }
        for (Area area : catalog.areas()) {
            if (catalog.devices().stream().anyMatch(d -> isOccupancySensor(d) && area.name() != null
                                                         && area.name().equals(d.area()))) {
                occupancyAreas.add(area.id());
                configs.add(occupancyConfig(area.id(), area.name()));
            }
        }
        for (Device device : catalog.devices()) {
            for (Button button : device.buttons()) {
                configs.addAll(triggerConfigs(device, button));
            }
        }
        return configs;
    }

    private ZoneEntity entity(ControlType type) {
        Platform platform = Platform.of(type);
        if (platform != Platform.COVER) {
            return new ZoneEntity(platform, false, false);
        }
        // both schemes tilt blinds with goToTilt (LIP OUTPUT action 9)
        boolean tilts = type == ControlType.Tilt || type == ControlType.ShadeWithTilt;
        return new ZoneEntity(platform, !(tilts && type == ControlType.Tilt), tilts);
    }

    private Publication zoneConfig(Zone zone, ZoneEntity entity) {
        String zoneTopic = zoneTopic(zone.id());
        ObjectNode config = JSON.createObjectNode();
        // the zone is the device: the entity takes its name from it
        config.putNull("name");
        config.put("unique_id", nodeId + "_zone_" + zone.id());
        config.put("availability_topic", availabilityTopic());
        switch (entity.platform()) {
            case LIGHT -> {
                config.put("schema", "json");
                config.put("command_topic", zoneTopic + "/state/set");
                config.put("state_topic", zoneTopic + "/state");
                config.put("brightness_scale", 100);
                config.putArray("supported_color_modes").add("brightness");
            }
            case SWITCH -> {
                config.put("command_topic", zoneTopic + "/state/set");
                config.put("state_topic", zoneTopic + "/state");
                if (zone.controlType() == ControlType.Receptacle) {
                    config.put("device_class", "outlet");
                }
            }
            case FAN -> {
                config.put("command_topic", zoneTopic + "/state/set");
                config.put("state_topic", zoneTopic + "/state");
                config.put("percentage_command_topic", zoneTopic + "/percentage/set");
                config.put("percentage_state_topic", zoneTopic + "/percentage");
            }
            case COVER -> {
                config.put("device_class", entity.tilt() ? "blind" : "shade");
                if (entity.position()) {
                    config.put("command_topic", zoneTopic + "/state/set");
                    config.put("position_topic", zoneTopic + "/position");
                    config.put("set_position_topic", zoneTopic + "/position/set");
                }
                if (entity.tilt()) {
                    config.put("tilt_command_topic", zoneTopic + "/tilt/set");
                    config.put("tilt_status_topic", zoneTopic + "/tilt");
                }
            }
        }
        // a retained command would come back to the command route on every reconnect and be carried out again
        config.put("retain", false);
        config.set("device", device("zone_" + zone.id(), zone.name() != null ? zone.name() : "Zone " + zone.id(),
                null, zone.area()));
        return config(entity.platform().component, "zone_" + zone.id(), config);
    }

    private Publication occupancyConfig(int areaId, String areaName) {
        ObjectNode config = JSON.createObjectNode();
        config.put("name", "Occupancy");
        config.put("unique_id", nodeId + "_area_" + areaId + "_occupancy");
        config.put("availability_topic", availabilityTopic());
        config.put("state_topic", occupancyTopic(areaId));
        config.put("device_class", "occupancy");
        String area = areaName != null ? areaName : "Area " + areaId;
        config.set("device", device("area_" + areaId, area, null, areaName));
        return config("binary_sensor", "area_" + areaId + "_occupancy", config);
    }

    /** One trigger per thing a button does: type and subtype must be unique on a device, the topic is per button. */
    private List<Publication> triggerConfigs(Device device, Button button) {
        Map<String, String> types = new LinkedHashMap<>();
        if (buttonGestures) {
            types.put("button_short_press", payload(Gesture.SingleTap));
            types.put("button_double_press", payload(Gesture.DoubleTap));
            types.put("button_long_press", payload(Gesture.LongPress));
        } else {
            types.put("button_short_press", payload(ButtonAction.Press));
            types.put("button_short_release", payload(ButtonAction.Release));
            types.put("button_long_press", payload(ButtonAction.Hold));
            types.put("button_double_press", payload(ButtonAction.MultiTap));
        }
        String model = device.model() != null ? device.model() : device.type();
        String deviceName = device.name() != null ? device.name() : "Device " + device.id();
        List<Publication> configs = new ArrayList<>();
        types.forEach((type, payload) -> {
            ObjectNode config = JSON.createObjectNode();
            config.put("automation_type", "trigger");
            config.put("topic", buttonTopic(device.id(), button.id()));
            config.put("type", type);
            config.put("subtype", "button_" + subtypeNumber(device, button));
            config.put("payload", payload);
            config.set("device", device("device_" + device.id(), deviceName, model, device.area()));
            configs.add(config("device_automation",
                    "device_" + device.id() + "_button_" + button.id() + "_" + type.substring("button_".length()),
                    config));
        });
        return configs;
    }

    /** The button's number on its keypad, unless two buttons of the device share it (LEAP numbers some 0): its id. */
    private static int subtypeNumber(Device device, Button button) {
        long same = device.buttons().stream().filter(b -> b.number() == button.number()).count();
        return same == 1 ? button.number() : button.id();
    }

    private static boolean isOccupancySensor(Device device) {
        return device.type() != null
               && (device.type().equals(LIP_MOTION_SENSOR) || device.type().contains("Occupancy"));
    }

    private ObjectNode device(String id, String deviceName, String model, String area) {
        ObjectNode device = JSON.createObjectNode();
        device.putArray("identifiers").add(nodeId + "_" + id);
        device.put("manufacturer", "Lutron");
        device.put("name", deviceName);
        if (model != null) {
            device.put("model", model);
        }
        if (area != null) {
            device.put("suggested_area", area);
        }
        return device;
    }

    private Publication config(String component, String objectId, ObjectNode config) {
        return new Publication(discoveryPrefix + "/" + component + "/" + nodeId + "/" + objectId + "/config",
                write(config), true);
    }

    // --- events ---

    /** What an event changes on MQTT; discovery on a connect is {@link MqttRoutes}' part, it needs the catalog. */
    List<Publication> publications(LutronEvent event) {
        if (event instanceof ZoneStatus z) {
            return zoneState(z);
        }
        if (event instanceof OccupancyStatus o && o.areaId() != null) {
            return occupancy(o);
        }
        if (event instanceof ButtonEvent b && b.deviceId() != null) {
            return List.of(new Publication(buttonTopic(b.deviceId(), b.buttonId()), payload(b.action()), false));
        }
        if (event instanceof ButtonGesture g && g.deviceId() != null) {
            return List.of(new Publication(buttonTopic(g.deviceId(), g.buttonId()), payload(g.gesture()), false));
        }
        if (event instanceof ConnectionEvent c) {
            return List.of(availability(c.state() == ConnectionState.Connected));
        }
        return List.of();
    }

    Publication availability(boolean online) {
        return new Publication(availabilityTopic(), online ? ONLINE : OFFLINE, true);
    }

    private List<Publication> zoneState(ZoneStatus z) {
        // a zone not (yet) declared gets its state published, but takes no commands until its config is
        ZoneEntity declared = zones.get(z.zoneId());
        ZoneEntity entity = declared != null ? declared : entity(controlType(z.controlType()));
        String topic = zoneTopic(z.zoneId());
        int level = percent(z.level());
        return switch (entity.platform()) {
            case LIGHT -> {
                ObjectNode state = JSON.createObjectNode().put("state", level > 0 ? "ON" : "OFF");
                if (level > 0) {
                    state.put("brightness", level);
                }
                yield List.of(new Publication(topic + "/state", write(state), true));
            }
            case SWITCH -> List.of(new Publication(topic + "/state", onOff(level), true));
            case FAN -> {
                if (level > 0) {
                    fanSpeeds.put(z.zoneId(), (double) level);
                }
                yield List.of(new Publication(topic + "/state", onOff(level), true),
                        new Publication(topic + "/percentage", Integer.toString(level), true));
            }
            case COVER -> {
                List<Publication> state = new ArrayList<>();
                if (entity.position()) {
                    state.add(new Publication(topic + "/position", Integer.toString(level), true));
                }
                if (entity.tilt() && z.tilt() != null) {
                    state.add(new Publication(topic + "/tilt", Integer.toString(percent(z.tilt())), true));
                }
                yield state;
            }
        };
    }

    /** An area no sensor in the catalog covers is declared when it first reports. */
    private List<Publication> occupancy(OccupancyStatus o) {
        List<Publication> messages = new ArrayList<>();
        if (occupancyAreas.add(o.areaId())) {
            messages.add(occupancyConfig(o.areaId(), o.area()));
        }
        String state = switch (o.occupancy()) {
            case Occupied -> "ON";
            case Unoccupied -> "OFF";
            // Home Assistant's word for "state unknown" on a binary sensor
            case Unknown -> "None";
        };
        messages.add(new Publication(occupancyTopic(o.areaId()), state, true));
        return messages;
    }

    // --- commands ---

    /**
     * The bridge command for a message on a command topic.
     *
     * @throws IllegalArgumentException when the topic names no declared zone or the payload is not what the zone's
     *                                  configuration says it takes
     */
    Command command(String topic, String payload) {
        String prefix = base + "/zone/";
        String[] levels = topic != null && topic.startsWith(prefix) ? topic.substring(prefix.length()).split("/") : null;
        if (levels == null || levels.length != 3 || !levels[2].equals("set")) {
            throw new IllegalArgumentException("Not a command topic of bridge " + name + ": " + topic);
        }
        int zoneId;
        try {
            zoneId = Integer.parseInt(levels[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("No zone id in " + topic);
        }
        ZoneEntity entity = zones.get(zoneId);
        if (entity == null) {
            throw new IllegalArgumentException("Zone " + zoneId + " of bridge " + name + " was not declared");
        }
        String text = payload == null ? "" : payload.trim();
        return switch (levels[1]) {
            case "state" -> stateCommand(zoneId, entity.platform(), text);
            case "percentage" -> {
                require(entity.platform() == Platform.FAN, zoneId, "percentage");
                yield fanSpeed(zoneId, snapToSpeed(number(text, "percentage")));
            }
            case "position" -> {
                require(entity.position(), zoneId, "position");
                yield level(zoneId, number(text, "position"));
            }
            case "tilt" -> {
                require(entity.tilt(), zoneId, "tilt");
                yield new Command("goToTilt", Map.of(LutronConstants.ZONE_ID, zoneId,
                        LutronConstants.LEVEL, number(text, "tilt")));
            }
            default -> throw new IllegalArgumentException("Unknown command " + levels[1] + " in " + topic);
        };
    }

    private Command stateCommand(int zoneId, Platform platform, String text) {
        return switch (platform) {
            case LIGHT -> lightCommand(zoneId, text);
            case SWITCH -> level(zoneId, on(text) ? 100 : 0);
            // on without a speed: the speed it last ran at, else high
            case FAN -> fanSpeed(zoneId, on(text) ? fanSpeeds.getOrDefault(zoneId, 100.0) : 0);
            case COVER -> switch (text) {
                case "OPEN" -> new Command("raise", Map.of(LutronConstants.ZONE_ID, zoneId));
                case "CLOSE" -> new Command("lower", Map.of(LutronConstants.ZONE_ID, zoneId));
                case "STOP" -> new Command("stop", Map.of(LutronConstants.ZONE_ID, zoneId));
                default -> throw new IllegalArgumentException("A cover takes OPEN, CLOSE or STOP, not '" + text + "'");
            };
        };
    }

    /** The JSON schema's command: {@code {"state":"ON","brightness":40,"transition":2}}, each part optional. */
    private static Command lightCommand(int zoneId, String text) {
        JsonNode command;
        try {
            command = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A light takes JSON such as {\"state\":\"ON\",\"brightness\":40}, not '"
                                               + text + "'");
        }
        if (command == null || !command.isObject()) {
            throw new IllegalArgumentException("A light takes a JSON object, not '" + text + "'");
        }
        JsonNode state = command.path("state");
        JsonNode brightness = command.path("brightness");
        double level;
        if (state.isTextual() && state.asText().equals("OFF")) {
            level = 0;
        } else if (brightness.isNumber()) {
            level = brightness.asDouble();
        } else if (brightness.isMissingNode() && state.isTextual() && state.asText().equals("ON")) {
            // on without a brightness: full, as a tap on a Lutron dimmer
            level = 100;
        } else {
            throw new IllegalArgumentException("A light takes \"state\" ON or OFF and a numeric \"brightness\": '"
                                               + text + "'");
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(LutronConstants.ZONE_ID, zoneId);
        headers.put(LutronConstants.LEVEL, level);
        JsonNode transition = command.path("transition");
        if (transition.isNumber()) {
            headers.put(LutronConstants.FADE_TIME, transition.asDouble());
        }
        return new Command("goToLevel", headers);
    }

    /** LEAP fans take a named speed (Caseta's fan controller); LIP fans a level, which the bridge snaps. */
    private Command fanSpeed(int zoneId, double level) {
        if (leap) {
            return new Command("goToFanSpeed", Map.of(LutronConstants.ZONE_ID, zoneId,
                    LutronConstants.FAN_SPEED, FanSpeed.ofLevel(level).label()));
        }
        return level(zoneId, level);
    }

    /** Lutron fans have four speeds: the nearest quarter, and never off for a speed above 0. */
    private static double snapToSpeed(double percentage) {
        if (percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException("A fan percentage is 0-100, not " + percentage);
        }
        return percentage == 0 ? 0 : Math.max(25, Math.round(percentage / 25) * 25.0);
    }

    private static Command level(int zoneId, double level) {
        return new Command("goToLevel", Map.of(LutronConstants.ZONE_ID, zoneId, LutronConstants.LEVEL, level));
    }

    private static boolean on(String text) {
        return switch (text) {
            case "ON" -> true;
            case "OFF" -> false;
            default -> throw new IllegalArgumentException("Expected ON or OFF, not '" + text + "'");
        };
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a number, not '" + text + "'");
        }
    }

    private void require(boolean declared, int zoneId, String what) {
        if (!declared) {
            throw new IllegalArgumentException("Zone " + zoneId + " of bridge " + name + " takes no " + what + " command");
        }
    }

    // --- topics and payloads ---

    private String zoneTopic(int zoneId) {
        return base + "/zone/" + zoneId;
    }

    private String occupancyTopic(int areaId) {
        return base + "/area/" + areaId + "/occupancy";
    }

    private String buttonTopic(int deviceId, int buttonId) {
        return base + "/device/" + deviceId + "/button/" + buttonId;
    }

    /** {@code press}, {@code release}, {@code hold}, {@code multi_tap}, {@code long_hold}. */
    static String payload(ButtonAction action) {
        return snake(action.name());
    }

    /** {@code single_tap}, {@code double_tap}, {@code long_press}, {@code hold_repeat}. */
    static String payload(Gesture gesture) {
        return snake(gesture.name());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String onOff(int level) {
        return level > 0 ? "ON" : "OFF";
    }

    /** A whole percent, and never 0 for a zone that is on at all. */
    private static int percent(double level) {
        long rounded = Math.round(level);
        return (int) (level > 0 && rounded == 0 ? 1 : rounded);
    }

    private static ControlType controlType(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ControlType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String requireLevel(String value, String what) {
        if (value == null || !TOPIC_LEVEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' must be letters, digits, - or _: it is one"
                                               + " level of MQTT topics and Home Assistant discovery ids");
        }
        return value;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + node, e);
        }
    }
}
