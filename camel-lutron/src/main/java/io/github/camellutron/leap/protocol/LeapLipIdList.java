package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The LIP integration ids of a bridge that also speaks LIP (Caseta Smart Bridge Pro, RA2 Select), as
 * {@code /server/2/id} answers them ({@code OneLIPIdListDefinition}, LEAP.md 3): the devices with buttons (the bridge
 * itself, Picos) and the zones (outputs), each by name and area name, for the LIP ids have no link to the LEAP ids.
 */
public record LeapLipIdList(List<Entry> devices, List<Entry> zones) {

    public LeapLipIdList {
        devices = List.copyOf(devices);
        zones = List.copyOf(zones);
    }

    /**
     * One device or zone of the list: its LIP id, name, the name of its area (null when the list gives none) and, for
     * a device, the LIP component numbers of its buttons.
     */
    public record Entry(int id, String name, String areaName, List<Integer> buttonNumbers) {

        public Entry {
            buttonNumbers = List.copyOf(buttonNumbers);
        }

        /** An entry with an {@code ID} and a {@code Name}, or null: nothing can be joined without both. */
        static Entry from(JsonNode node) {
            Integer id = LeapJson.integer(node, "ID");
            String name = LeapJson.text(node, "Name");
            if (id == null || name == null) {
                return null;
            }
            List<Integer> numbers = new ArrayList<>();
            for (JsonNode button : LeapJson.items(node, "Buttons", null)) {
                Integer number = LeapJson.integer(button, "Number");
                if (number != null) {
                    numbers.add(number);
                }
            }
            return new Entry(id, name, LeapJson.text(LeapJson.child(node, "Area"), "Name"), numbers);
        }
    }
}
