package io.github.camellutron.leap.protocol;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A Caseta occupancy group: the areas it covers and its occupancy sensors (a group without sensors never changes). */
public record LeapOccupancyGroup(int id, List<Integer> areaIds, List<Integer> sensorIds) {

    public LeapOccupancyGroup {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        sensorIds = sensorIds == null ? List.of() : List.copyOf(sensorIds);
    }

    /**
     * Reads an OccupancyGroup object.
     *
     * @return the group, or null when the node has no href
     */
    public static LeapOccupancyGroup from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        return new LeapOccupancyGroup(id, LeapJson.refIds(node, "AssociatedAreas", "Area"),
                LeapJson.refIds(node, "AssociatedSensors", "OccupancySensor"));
    }
}
