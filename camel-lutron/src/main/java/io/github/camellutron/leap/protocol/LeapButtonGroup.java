package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A button group and the device that owns it. Expanded groups ({@code /device/N/buttongroup/expanded}) carry their
 * buttons; Caseta's {@code /buttongroup} only names them, so there {@code buttons} is empty and the buttons come from
 * {@code /button}, joined by {@link LeapButton#buttonGroupId()}.
 */
public record LeapButtonGroup(int id, Integer deviceId, List<LeapButton> buttons) {

    public LeapButtonGroup {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /**
     * Reads a ButtonGroup or ButtonGroupExpanded object.
     *
     * @return the group, or null when the node has no href
     */
    public static LeapButtonGroup from(JsonNode node) {
        Integer id = LeapHref.idOrNull(node);
        if (id == null) {
            return null;
        }
        List<JsonNode> items = LeapJson.items(node, "Buttons", null);
        List<LeapButton> buttons = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            LeapButton button = LeapButton.from(item, id);
            if (button != null) {
                buttons.add(button);
            }
        }
        return new LeapButtonGroup(id, LeapJson.refId(node, "Parent"), Collections.unmodifiableList(buttons));
    }
}
