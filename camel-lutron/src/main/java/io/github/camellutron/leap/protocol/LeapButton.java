package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A button definition: its number on the keypad or Pico, name, engraving text, the LED it drives (keypads) and its
 * button group. Absent parts are null.
 */
public record LeapButton(int id, int buttonNumber, String name, String engraving, Integer ledId,
        Integer buttonGroupId) {

    /**
     * Reads a Button object (of {@code /button} or of an expanded button group).
     *
     * @return the button, or null when the node has no href or no {@code ButtonNumber} (a bare {@code {"href":...}}
     *         reference)
     */
    public static LeapButton from(JsonNode node) {
        return from(node, null);
    }

    static LeapButton from(JsonNode node, Integer groupId) {
        Integer id = LeapHref.idOrNull(node);
        Integer number = LeapJson.integer(node, "ButtonNumber");
        if (id == null || number == null) {
            return null;
        }
        Integer parent = LeapJson.refId(node, "Parent");
        return new LeapButton(id, number, LeapJson.text(node, "Name"),
                LeapJson.text(LeapJson.child(node, "Engraving"), "Text"), LeapJson.refId(node, "AssociatedLED"),
                parent != null ? parent : groupId);
    }
}
