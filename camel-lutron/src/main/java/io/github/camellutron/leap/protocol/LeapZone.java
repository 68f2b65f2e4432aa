package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A zone definition ({@code Zone}, each of {@code Zones}); {@code controlType} ({@code Dimmed}, {@code Switched},
 * {@code Shade}, {@code SpectrumTune}, ...) stays an open string.
 */
public record LeapZone(int id, String name, String controlType, Integer areaId) {

    /**
     * Reads a Zone object.
     *
     * @return the zone, or null when the node has no zone href
     */
    public static LeapZone from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        return new LeapZone(id, LeapJson.text(node, "Name"), LeapJson.text(node, "ControlType"),
                LeapJson.refId(node, "AssociatedArea"));
    }
}
