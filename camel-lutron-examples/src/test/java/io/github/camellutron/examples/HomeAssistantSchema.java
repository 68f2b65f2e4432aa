package io.github.camellutron.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Home Assistant documents for the MQTT discovery configurations {@link MqttRoutes} publishes: for each platform
 * every key its page lists, the key's type and whether it is required, so that a test can tell a payload Home
 * Assistant would take from one with a misspelt, misplaced or mistyped key. Facts from these pages (the
 * {@code source/_integrations/*.mqtt.markdown} files of the home-assistant.io repository):
 * <ul>
 *   <li>light, JSON schema: https://www.home-assistant.io/integrations/light.mqtt/#json-schema</li>
 *   <li>switch: https://www.home-assistant.io/integrations/switch.mqtt/</li>
 *   <li>fan: https://www.home-assistant.io/integrations/fan.mqtt/</li>
 *   <li>cover: https://www.home-assistant.io/integrations/cover.mqtt/</li>
 *   <li>binary sensor: https://www.home-assistant.io/integrations/binary_sensor.mqtt/</li>
 *   <li>device trigger: https://www.home-assistant.io/integrations/device_trigger.mqtt/</li>
 *   <li>discovery topic: https://www.home-assistant.io/integrations/mqtt/#discovery-topic</li>
 * </ul>
 * A key documented as a template is a string here; {@code name} may be null on the entity platforms ("only the device
 * name is relevant").
 */
final class HomeAssistantSchema {

    /** {@code <prefix>/<component>/<node_id>/<object_id>/config}, the ids of {@code [a-zA-Z0-9_-]}. */
    static final Pattern DISCOVERY_TOPIC =
            Pattern.compile("homeassistant/(\\w+)/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)/config");

    /** The light page's list of {@code supported_color_modes}; onoff and brightness only alone. */
    static final Set<String> COLOR_MODES = Set.of("onoff", "brightness", "color_temp", "hs", "xy", "rgb", "rgbw",
            "rgbww", "white");

    enum Type { STRING, NULLABLE_STRING, INTEGER, BOOLEAN, LIST, STRING_OR_LIST, MAP }

    record Key(Type type, boolean required) {
    }

    /** The {@code device} map, the same on every page. */
    static final Map<String, Type> DEVICE = Map.ofEntries(
            Map.entry("configuration_url", Type.STRING), Map.entry("connections", Type.LIST),
            Map.entry("hw_version", Type.STRING), Map.entry("identifiers", Type.STRING_OR_LIST),
            Map.entry("manufacturer", Type.STRING), Map.entry("model", Type.STRING),
            Map.entry("model_id", Type.STRING), Map.entry("name", Type.STRING),
            Map.entry("serial_number", Type.STRING), Map.entry("suggested_area", Type.STRING),
            Map.entry("sw_version", Type.STRING), Map.entry("via_device", Type.STRING));

    static final Map<String, Map<String, Key>> PLATFORMS = Map.of(
            "light", light(),
            "switch", keys(
                    "availability", Type.LIST, "availability_topic", Type.STRING, "command_topic", Type.STRING,
                    "device", Type.MAP, "icon", Type.STRING, "json_attributes_template", Type.STRING,
                    "json_attributes_topic", Type.STRING, "name", Type.NULLABLE_STRING, "optimistic", Type.BOOLEAN,
                    "payload_available", Type.STRING, "payload_not_available", Type.STRING,
                    "payload_off", Type.STRING, "payload_on", Type.STRING, "qos", Type.INTEGER,
                    "retain", Type.BOOLEAN, "state_off", Type.STRING, "state_on", Type.STRING,
                    "state_topic", Type.STRING, "unique_id", Type.STRING, "value_template", Type.STRING),
            "fan", fan(),
            "cover", cover(),
            "binary_sensor", binarySensor(),
            "device_automation", required(keys(
                    "automation_type", Type.STRING, "payload", Type.STRING, "qos", Type.INTEGER,
                    "topic", Type.STRING, "type", Type.STRING, "subtype", Type.STRING, "device", Type.MAP),
                    "automation_type", "topic", "type", "subtype", "device"));

    private HomeAssistantSchema() {
    }

    /** Every way the configuration differs from what its platform's page documents; empty when it does not. */
    static List<String> violations(String component, JsonNode config) {
        List<String> problems = new ArrayList<>();
        Map<String, Key> schema = PLATFORMS.get(component);
        if (schema == null) {
            return List.of("no platform " + component + " is documented here");
        }
        if (!config.isObject()) {
            return List.of("not a JSON object");
        }
        schema.forEach((key, spec) -> {
            if (spec.required() && !config.has(key)) {
                problems.add("required " + key + " is missing");
            }
        });
        config.properties().forEach(field -> {
            Key spec = schema.get(field.getKey());
            if (spec == null) {
                problems.add(field.getKey() + " is not a " + component + " key");
            } else if (!matches(spec.type(), field.getValue())) {
                problems.add(field.getKey() + " should be " + spec.type() + ", is " + field.getValue());
            }
        });
        JsonNode device = config.path("device");
        if (device.isObject()) {
            device.properties().forEach(field -> {
                Type type = DEVICE.get(field.getKey());
                if (type == null) {
                    problems.add("device." + field.getKey() + " is not a device key");
                } else if (!matches(type, field.getValue())) {
                    problems.add("device." + field.getKey() + " should be " + type + ", is " + field.getValue());
                }
            });
            // "at least one of identifiers or connections must be present to identify the device"
            if (!device.has("identifiers") && !device.has("connections")) {
                problems.add("device has neither identifiers nor connections");
            }
            // on the entity pages: the device "only works when unique_id is set"
            if (!component.equals("device_automation") && !config.has("unique_id")) {
                problems.add("device without unique_id");
            }
        }
        problems.addAll(values(component, config));
        return problems;
    }

    /** The values the pages fix: what selects the JSON schema, the only automation type, the color modes. */
    private static List<String> values(String component, JsonNode config) {
        List<String> problems = new ArrayList<>();
        if (component.equals("light") && !config.path("schema").asText().equals("json")) {
            problems.add("schema must be json for the JSON schema's keys");
        }
        if (component.equals("device_automation") && !config.path("automation_type").asText().equals("trigger")) {
            problems.add("automation_type must be trigger");
        }
        JsonNode modes = config.path("supported_color_modes");
        if (modes.isArray()) {
            modes.forEach(mode -> {
                if (!COLOR_MODES.contains(mode.asText())) {
                    problems.add("unknown color mode " + mode);
                }
                if ((mode.asText().equals("onoff") || mode.asText().equals("brightness")) && modes.size() > 1) {
                    problems.add(mode + " must be the only color mode");
                }
            });
        }
        return problems;
    }

    private static boolean matches(Type type, JsonNode value) {
        return switch (type) {
            case STRING -> value.isTextual();
            case NULLABLE_STRING -> value.isTextual() || value.isNull();
            case INTEGER -> value.isIntegralNumber();
            case BOOLEAN -> value.isBoolean();
            case LIST -> value.isArray();
            case STRING_OR_LIST -> value.isTextual() || value.isArray() && !value.isEmpty();
            case MAP -> value.isObject();
        };
    }

    /** Keys every entity page (light JSON schema, fan, cover, binary sensor) lists. */
    private static Map<String, Key> entity() {
        return keys(
                "availability", Type.LIST, "availability_mode", Type.STRING, "availability_template", Type.STRING,
                "availability_topic", Type.STRING, "device", Type.MAP, "enabled_by_default", Type.BOOLEAN,
                "encoding", Type.STRING, "entity_category", Type.STRING, "icon", Type.STRING,
                "json_attributes_template", Type.STRING, "json_attributes_topic", Type.STRING,
                "name", Type.NULLABLE_STRING, "object_id", Type.STRING, "payload_available", Type.STRING,
                "payload_not_available", Type.STRING, "platform", Type.STRING, "qos", Type.INTEGER,
                "unique_id", Type.STRING);
    }

    private static Map<String, Key> light() {
        Map<String, Key> keys = entity();
        keys.putAll(keys(
                "brightness", Type.BOOLEAN, "brightness_scale", Type.INTEGER, "color_temp_kelvin", Type.BOOLEAN,
                "command_topic", Type.STRING, "effect", Type.BOOLEAN, "effect_list", Type.STRING_OR_LIST,
                "flash_time_long", Type.INTEGER, "flash_time_short", Type.INTEGER, "max_kelvin", Type.INTEGER,
                "max_mireds", Type.INTEGER, "min_kelvin", Type.INTEGER, "min_mireds", Type.INTEGER,
                "optimistic", Type.BOOLEAN, "retain", Type.BOOLEAN, "schema", Type.STRING,
                "state_topic", Type.STRING, "supported_color_modes", Type.LIST, "white_scale", Type.INTEGER));
        return required(keys, "command_topic");
    }

    private static Map<String, Key> fan() {
        Map<String, Key> keys = entity();
        keys.putAll(keys(
                "command_template", Type.STRING, "command_topic", Type.STRING, "entity_picture", Type.STRING,
                "direction_command_template", Type.STRING, "direction_command_topic", Type.STRING,
                "direction_state_topic", Type.STRING, "direction_value_template", Type.STRING,
                "optimistic", Type.BOOLEAN, "oscillation_command_template", Type.STRING,
                "oscillation_command_topic", Type.STRING, "oscillation_state_topic", Type.STRING,
                "oscillation_value_template", Type.STRING, "payload_off", Type.STRING, "payload_on", Type.STRING,
                "payload_oscillation_off", Type.STRING, "payload_oscillation_on", Type.STRING,
                "payload_reset_percentage", Type.STRING, "payload_reset_preset_mode", Type.STRING,
                "percentage_command_template", Type.STRING, "percentage_command_topic", Type.STRING,
                "percentage_state_topic", Type.STRING, "percentage_value_template", Type.STRING,
                "preset_mode_command_template", Type.STRING, "preset_mode_command_topic", Type.STRING,
                "preset_mode_state_topic", Type.STRING, "preset_mode_value_template", Type.STRING,
                "preset_modes", Type.LIST, "retain", Type.BOOLEAN, "speed_range_max", Type.INTEGER,
                "speed_range_min", Type.INTEGER, "state_topic", Type.STRING, "state_value_template", Type.STRING));
        return required(keys, "command_topic");
    }

    private static Map<String, Key> cover() {
        Map<String, Key> keys = entity();
        keys.putAll(keys(
                "command_topic", Type.STRING, "device_class", Type.STRING, "entity_picture", Type.STRING,
                "optimistic", Type.BOOLEAN, "payload_close", Type.NULLABLE_STRING,
                "payload_open", Type.NULLABLE_STRING, "payload_stop", Type.NULLABLE_STRING,
                "position_closed", Type.INTEGER, "position_open", Type.INTEGER, "position_template", Type.STRING,
                "position_topic", Type.STRING, "retain", Type.BOOLEAN, "set_position_template", Type.STRING,
                "set_position_topic", Type.STRING, "state_closed", Type.STRING, "state_closing", Type.STRING,
                "state_open", Type.STRING, "state_opening", Type.STRING, "state_stopped", Type.STRING,
                "state_topic", Type.STRING, "tilt_closed_value", Type.INTEGER, "tilt_command_template", Type.STRING,
                "tilt_command_topic", Type.STRING, "tilt_max", Type.INTEGER, "tilt_min", Type.INTEGER,
                "tilt_opened_value", Type.INTEGER, "tilt_optimistic", Type.BOOLEAN,
                "tilt_status_template", Type.STRING, "tilt_status_topic", Type.STRING,
                "value_template", Type.STRING));
        return keys;
    }

    private static Map<String, Key> binarySensor() {
        Map<String, Key> keys = entity();
        keys.putAll(keys(
                "device_class", Type.STRING, "entity_picture", Type.STRING, "expire_after", Type.INTEGER,
                "force_update", Type.BOOLEAN, "off_delay", Type.INTEGER, "payload_off", Type.STRING,
                "payload_on", Type.STRING, "state_topic", Type.STRING, "value_template", Type.STRING));
        return required(keys, "state_topic");
    }

    /** Optional keys from name, type pairs. */
    private static Map<String, Key> keys(Object... pairs) {
        Map<String, Key> keys = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put((String) pairs[i], new Key((Type) pairs[i + 1], false));
        }
        return keys;
    }

    private static Map<String, Key> required(Map<String, Key> keys, String... names) {
        for (String name : names) {
            keys.put(name, new Key(keys.get(name).type(), true));
        }
        return keys;
    }
}
