package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** Occupancy of a Caseta occupancy group: {@code Occupied}, {@code Unoccupied} or {@code Unknown}. */
public record LeapOccupancyGroupStatus(int groupId, String occupancyStatus) {

    /**
     * Reads an OccupancyGroupStatus object; the group id comes from {@code OccupancyGroup.href}, else from its own
     * href.
     *
     * @return the status, or null when the node names no group
     */
    public static LeapOccupancyGroupStatus from(JsonNode node) {
        Integer groupId = LeapJson.refId(node, "OccupancyGroup");
        if (groupId == null) {
            groupId = LeapHref.idOrNull(node);
        }
        return groupId == null ? null : new LeapOccupancyGroupStatus(groupId, LeapJson.text(node, "OccupancyStatus"));
    }
}
