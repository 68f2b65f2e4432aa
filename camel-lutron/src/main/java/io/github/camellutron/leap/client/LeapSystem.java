package io.github.camellutron.leap.client;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.leap.protocol.SystemFamily;

/**
 * What discovery learnt about a LEAP system: its family, the catalog of names, and the links events and commands need
 * that the catalog does not hold (which LED belongs to which button, which area an occupancy group covers, which
 * Caseta device owns a zone).
 */
public final class LeapSystem {

    static final LeapSystem UNKNOWN = new LeapSystem(SystemFamily.UNKNOWN, LutronCatalog.empty(), Map.of(), Map.of());

    private final SystemFamily family;
    private final LutronCatalog catalog;
    private final Map<Integer, Integer> groupAreas;
    private final Map<Integer, Integer> zoneDevices;
    private final Map<Integer, Button> buttons = new HashMap<>();
    private final Map<Integer, Button> buttonsByLed = new HashMap<>();

    LeapSystem(SystemFamily family, LutronCatalog catalog, Map<Integer, Integer> groupAreas,
               Map<Integer, Integer> zoneDevices) {
        this.family = family;
        this.catalog = catalog;
        this.groupAreas = Map.copyOf(groupAreas);
        this.zoneDevices = Map.copyOf(zoneDevices);
        for (Button b : catalog.buttons()) {
            buttons.put(b.id(), b);
            if (b.ledId() != null) {
                buttonsByLed.put(b.ledId(), b);
            }
        }
    }

    public SystemFamily family() {
        return family;
    }

    public LutronCatalog catalog() {
        return catalog;
    }

    /** A button by its LEAP id ({@code /button/N}). */
    public Optional<Button> button(int buttonId) {
        return Optional.ofNullable(buttons.get(buttonId));
    }

    /** The button an LED ({@code /led/N}) belongs to. */
    public Optional<Button> buttonByLed(int ledId) {
        return Optional.ofNullable(buttonsByLed.get(ledId));
    }

    /** The area a Caseta occupancy group covers. */
    public Optional<Integer> occupancyGroupArea(int groupId) {
        return Optional.ofNullable(groupAreas.get(groupId));
    }

    /**
     * The device whose zone this is: on Caseta and RA2 Select, the dimmer, switch, fan control or shade that lists it
     * in its {@code LocalZones}; RadioRA 3 and QSX zones are not read with a device.
     */
    public Optional<Integer> zoneDevice(int zoneId) {
        return Optional.ofNullable(zoneDevices.get(zoneId));
    }
}
