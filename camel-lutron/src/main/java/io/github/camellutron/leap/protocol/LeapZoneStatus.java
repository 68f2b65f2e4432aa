package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of one zone ({@code ZoneStatus} of OneZoneStatus, each of {@code ZoneStatuses}). Parts the bridge does
 * not send are null; a level of -1, which means unknown, is null too. {@code colorTuningStatus} is the raw tree
 * (HSV, XY, white tuning or curve dimming); treat it as read-only.
 */
public record LeapZoneStatus(int zoneId, Double level, String switchedLevel, String fanSpeed, Double tilt,
        JsonNode colorTuningStatus, String statusAccuracy, String availability) {

    /**
     * Reads a ZoneStatus object; the zone id comes from {@code Zone.href}, else from its own href
     * ({@code /zone/5/status}).
     *
     * @return the status, or null when the node names no zone
     */
    public static LeapZoneStatus from(JsonNode node) {
        Integer zoneId = LeapJson.refId(node, "Zone");
        if (zoneId == null) {
            zoneId = LeapHref.idOrNull(node);
        }
        if (zoneId == null) {
            return null;
        }
        Double level = LeapJson.number(node, "Level");
        if (level != null && level < 0) {
            level = null;
        }
        return new LeapZoneStatus(zoneId, level, LeapJson.text(node, "SwitchedLevel"),
                LeapJson.text(node, "FanSpeed"), LeapJson.number(node, "Tilt"),
                LeapJson.child(node, "ColorTuningStatus"), LeapJson.text(node, "StatusAccuracy"),
                LeapJson.text(node, "Availability"));
    }
}
