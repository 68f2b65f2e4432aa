package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of one area (RA3/QSX {@code AreaStatus}): level, occupancy and current area scene, each null when absent.
 */
public record LeapAreaStatus(int areaId, Double level, String occupancyStatus, Integer currentSceneId) {

    /**
     * Reads an AreaStatus object; the area id comes from {@code Area.href}, else from its own href
     * ({@code /area/3/status}).
     *
     * @return the status, or null when the node names no area
     */
    public static LeapAreaStatus from(JsonNode node) {
        Integer areaId = LeapJson.refId(node, "Area");
        if (areaId == null) {
            areaId = LeapHref.idOrNull(node);
        }
        if (areaId == null) {
            return null;
        }
        Double level = LeapJson.number(node, "Level");
        return new LeapAreaStatus(areaId, level != null && level < 0 ? null : level,
                LeapJson.text(node, "OccupancyStatus"), LeapJson.refId(node, "CurrentScene"));
    }
}
