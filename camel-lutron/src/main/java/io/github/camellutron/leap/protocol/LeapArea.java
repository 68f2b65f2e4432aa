package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An area definition ({@code Area}, each of {@code Areas}). {@code leaf} is the bridge's {@code IsLeaf} (RA3 sends it,
 * sometimes as the string {@code "False"}); Caseta does not send it, and then {@link LeapBodies#areas} works it out
 * from the list (an area no other area names as parent is a leaf) while a lone area counts as a leaf.
 */
public record LeapArea(int id, String name, Integer parentId, boolean leaf) {

    /**
     * Reads an Area object.
     *
     * @return the area, or null when the node has no area href
     */
    public static LeapArea from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        Boolean leaf = LeapJson.bool(node, "IsLeaf");
        return new LeapArea(id, LeapJson.text(node, "Name"), LeapJson.refId(node, "Parent"),
                leaf == null || leaf);
    }
}
