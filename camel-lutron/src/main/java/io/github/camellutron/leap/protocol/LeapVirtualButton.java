package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** A Caseta virtual button, what the Lutron app calls a scene; only programmed ones do anything when pressed. */
public record LeapVirtualButton(int id, Integer buttonNumber, String name, boolean programmed) {

    /**
     * Reads a VirtualButton object.
     *
     * @return the button, or null when the node has no {@code /virtualbutton/N} href (the nameless {@code /vbutton/N}
     *         entries cannot be pressed through {@code /virtualbutton/N/commandprocessor})
     */
    public static LeapVirtualButton from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null || !"virtualbutton".equals(LeapHref.resource(LeapJson.text(node, "href")))) {
            return null;
        }
        return new LeapVirtualButton(id, LeapJson.integer(node, "ButtonNumber"), LeapJson.text(node, "Name"),
                Boolean.TRUE.equals(LeapJson.bool(node, "IsProgrammed")));
    }
}
