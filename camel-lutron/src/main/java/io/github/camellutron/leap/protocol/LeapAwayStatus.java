package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Caseta Smart Away ({@code /system/away/1/status}): {@code enabledState} {@code Enabled} or {@code Disabled}, and
 * {@code activeState} ({@code Active} in the recording) when the bridge says whether the away lighting is running now.
 */
public record LeapAwayStatus(String enabledState, String activeState) {

    /**
     * Reads an AwayStatus object.
     *
     * @return the status, or null when the node has no {@code EnabledState}
     */
    public static LeapAwayStatus from(JsonNode node) {
        String enabled = LeapJson.text(node, "EnabledState");
        return enabled == null ? null : new LeapAwayStatus(enabled, LeapJson.text(node, "ActiveState"));
    }
}
