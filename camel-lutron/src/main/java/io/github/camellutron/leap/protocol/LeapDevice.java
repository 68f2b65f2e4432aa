package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A device definition ({@code Device}, each of {@code Devices}). {@code deviceType} stays an open string because new
 * types appear with every bridge firmware; {@code fullyQualifiedName} is the {@code FullyQualifiedName} list joined
 * with spaces. Absent parts are null, absent lists empty.
 */
public record LeapDevice(int id, String name, String fullyQualifiedName, String deviceType, String modelNumber,
        String serialNumber, Integer areaId, List<Integer> buttonGroupIds, List<Integer> zoneIds,
        List<Integer> occupancySensorIds) {

    public LeapDevice {
        buttonGroupIds = buttonGroupIds == null ? List.of() : List.copyOf(buttonGroupIds);
        zoneIds = zoneIds == null ? List.of() : List.copyOf(zoneIds);
        occupancySensorIds = occupancySensorIds == null ? List.of() : List.copyOf(occupancySensorIds);
    }

    /**
     * Reads a Device object.
     *
     * @return the device, or null when the node has no device href
     */
    public static LeapDevice from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        return new LeapDevice(id, LeapJson.text(node, "Name"), fullyQualifiedName(node.get("FullyQualifiedName")),
                LeapJson.text(node, "DeviceType"), LeapJson.text(node, "ModelNumber"),
                LeapJson.text(node, "SerialNumber"), LeapJson.refId(node, "AssociatedArea"),
                LeapJson.refIds(node, "ButtonGroups", null), LeapJson.refIds(node, "LocalZones", null),
                LeapJson.refIds(node, "OccupancySensors", null));
    }

    private static String fullyQualifiedName(JsonNode names) {
        if (names == null || !names.isArray() || names.isEmpty()) {
            return names != null && names.isTextual() ? names.textValue() : null;
        }
        List<String> parts = new ArrayList<>(names.size());
        for (JsonNode n : names) {
            if (n.isValueNode() && !n.isNull()) {
                parts.add(n.asText());
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
