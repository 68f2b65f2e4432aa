package io.github.camellutron.leap.protocol;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A control station (a wall box or a Pico's place): its area and the ids of the devices ganged in it, in the order
 * the bridge lists them. {@link LeapBodies#gangedDevices} gives their types as well.
 */
public record LeapControlStation(int id, String name, Integer areaId, List<Integer> deviceIds) {

    public LeapControlStation {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }

    /**
     * Reads a ControlStation object.
     *
     * @return the control station, or null when the node has no href
     */
    public static LeapControlStation from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        return new LeapControlStation(id, LeapJson.text(node, "Name"), LeapJson.refId(node, "AssociatedArea"),
                LeapJson.refIds(node, "AssociatedGangedDevices", "Device"));
    }
}
