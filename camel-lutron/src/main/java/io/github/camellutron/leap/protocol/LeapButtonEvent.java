package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** A button event (OneButtonStatusEvent): which button and {@code Press}, {@code Release}, {@code MultiTap}, ... */
public record LeapButtonEvent(int buttonId, String eventType) {

    /**
     * Reads a {@code ButtonStatus} object; the button id comes from {@code Button.href}, else from its own href.
     *
     * @return the event, or null when the node names no button
     */
    public static LeapButtonEvent from(JsonNode buttonStatus) {
        Integer buttonId = LeapJson.refId(buttonStatus, "Button");
        if (buttonId == null) {
            buttonId = LeapHref.idOrNull(buttonStatus);
        }
        if (buttonId == null) {
            return null;
        }
        return new LeapButtonEvent(buttonId, LeapJson.text(LeapJson.child(buttonStatus, "ButtonEvent"), "EventType"));
    }
}
