package io.github.camellutron.examples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The current state of every zone, rebuilt from the records {@link KafkaRoutes} publishes: the last
 * {@code ZoneStatus} of each key wins. Reading a topic from its beginning (a new consumer group with
 * {@code auto.offset.reset=earliest}) and applying every record gives the state as the bridges last reported it,
 * because the events of one zone are on one partition in the bridge's order, and every connect publishes a resync
 * of every zone, so state missed while a node was down is on the topic too.
 */
public final class ZoneStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> zones = new LinkedHashMap<>();

    /**
     * Applies one record of the topic: a zone status replaces the zone's state; other events leave it.
     *
     * @param key   the record's key, {@code <bridge name>/<zone id>} for zone events
     * @param value the record's value, the event's JSON
     */
    public void apply(String key, String value) {
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return; // not an event of KafkaRoutes: someone else's record on the topic
        }
        if ("ZoneStatus".equals(event.path("type").asText())) {
            zones.put(key, event);
        }
    }

    /** The level of the zone, or null when no record told it. */
    public Double level(String bridgeName, int zoneId) {
        JsonNode zone = zones.get(bridgeName + "/" + zoneId);
        return zone == null ? null : zone.path("level").asDouble();
    }

    /** The last zone status of every key seen, in the order the keys were first seen. */
    public Map<String, JsonNode> zones() {
        return Collections.unmodifiableMap(zones);
    }
}
