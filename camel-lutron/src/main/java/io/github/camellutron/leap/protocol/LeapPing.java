package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** The answer to {@code /server/1/status/ping}: the bridge's LEAP version, such as 1.109. */
public record LeapPing(double leapVersion) {

    /**
     * Reads a PingResponse object.
     *
     * @return the ping, or null when it has no numeric {@code LEAPVersion}
     */
    public static LeapPing from(JsonNode node) {
        Double version = LeapJson.number(node, "LEAPVersion");
        return version == null ? null : new LeapPing(version);
    }
}
