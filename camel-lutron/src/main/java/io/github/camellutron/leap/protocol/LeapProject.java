package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** The project definition ({@code /project}): its name and the product type that tells the system family. */
public record LeapProject(String name, String productType) {

    /** Reads a Project object; absent parts are null. */
    public static LeapProject from(JsonNode node) {
        return new LeapProject(LeapJson.text(node, "Name"), LeapJson.text(node, "ProductType"));
    }

    public SystemFamily family() {
        return SystemFamily.of(productType);
    }
}
