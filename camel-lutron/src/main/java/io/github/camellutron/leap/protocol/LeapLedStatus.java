package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** The state of a keypad LED (OneLEDStatus): {@code On} or {@code Off}. */
public record LeapLedStatus(int ledId, String state) {

    /**
     * Reads an LEDStatus object; the LED id comes from {@code LED.href}, else from its own href
     * ({@code /led/N/status}).
     *
     * @return the status, or null when the node names no LED
     */
    public static LeapLedStatus from(JsonNode node) {
        Integer ledId = LeapJson.refId(node, "LED");
        if (ledId == null) {
            ledId = LeapHref.idOrNull(node);
        }
        return ledId == null ? null : new LeapLedStatus(ledId, LeapJson.text(node, "State"));
    }
}
