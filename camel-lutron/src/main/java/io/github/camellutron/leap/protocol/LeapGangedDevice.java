package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One device of a control station ({@code AssociatedGangedDevices}) with the type the station reports for it, which
 * is how an RA3/QSX client finds the keypads and Picos whose buttons it must read.
 */
public record LeapGangedDevice(int deviceId, String deviceType, int controlStationId, Integer gangPosition) {

    /**
     * Reads one element of {@code AssociatedGangedDevices}.
     *
     * @return the device, or null when the element names no device
     */
    public static LeapGangedDevice from(JsonNode element, int controlStationId) {
        JsonNode device = LeapJson.child(element, "Device");
        Integer deviceId = LeapHref.idOrNull(device);
        if (deviceId == null) {
            return null;
        }
        return new LeapGangedDevice(deviceId, LeapJson.text(device, "DeviceType"), controlStationId,
                LeapJson.integer(element, "GangPosition"));
    }
}
