package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A server of the bridge ({@code Server}, each of {@code Servers} of {@code /server}): its type (LEAP) and the TCP
 * ports it listens on. Absent parts are null, absent lists empty.
 */
public record LeapServer(int id, String type, List<Integer> ports) {

    public LeapServer {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /**
     * Reads a Server object.
     *
     * @return the server, or null when the node has no href
     */
    public static LeapServer from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        List<Integer> ports = new ArrayList<>();
        JsonNode endpoints = node.get("Endpoints");
        if (endpoints != null && endpoints.isArray()) {
            for (JsonNode endpoint : endpoints) {
                Integer port = LeapJson.integer(endpoint, "Port");
                if (port != null) {
                    ports.add(port);
                }
            }
        }
        return new LeapServer(id, LeapJson.text(node, "Type"), ports);
    }
}
