package io.github.camellutron.simulator;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.camellutron.simulator.LipHouse.Area;
import io.github.camellutron.simulator.LipHouse.Button;
import io.github.camellutron.simulator.LipHouse.Device;
import io.github.camellutron.simulator.LipHouse.GreenMode;
import io.github.camellutron.simulator.LipHouse.Timeclock;
import io.github.camellutron.simulator.LipHouse.Zone;

/**
 * Renders a {@link LipHouse} as the {@code DbXmlInfo.xml} a RadioRA 2 main repeater serves (LIP.md 4.2): the top
 * Area is the project (IntegrationID 0), each other area of the house is nested in it with its zones as Outputs and
 * its devices under DeviceGroups. Zones and devices whose area is not one of the house's sit in the project area.
 * <p>
 * Areas, devices, outputs, buttons, LEDs, timeclocks and green modes carry a numeric {@code UUID}, as in every real
 * file: clients key entities on it. Each is derived from what the element is (kind, integration id, component
 * number), so it stays the same when the house changes elsewhere; an occupancy group's UUID is its number, which is
 * what {@code OccupancyGroupAssignedToID} refers to.
 */
final class DbXmlInfoWriter {

    private static final int PROJECT_AREA_ID = 0;

    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String INDENT = "  ";

    private final LipHouse house;
    /** Derived UUIDs are 48 bits: a clash among the few thousand objects of a house is all but impossible. */
    private static final long UUID_BITS = 0xFFFF_FFFF_FFFFL;

    private final Map<String, Area> roomsByName = new LinkedHashMap<>();
    private final Map<Long, String> uuids = new HashMap<>();
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean justOpened;

    private DbXmlInfoWriter(LipHouse house) throws XMLStreamException {
        this.house = house;
        for (Area area : house.areas()) {
            if (area.id() != PROJECT_AREA_ID && area.name() != null) {
                roomsByName.putIfAbsent(area.name(), area);
            }
        }
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
    }

    static String write(LipHouse house) {
        try {
            return new DbXmlInfoWriter(house).document();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the DbXmlInfo.xml of " + house, e);
        }
    }

    private String document() throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        open("Project");
        leaf("ProjectName", "ProjectName", house.name());
        textElement("Latitude", String.valueOf(house.latitude()));
        textElement("Longitude", String.valueOf(house.longitude()));
        // pylutron stops without a GUID; a name-based one stays the same for the same house
        textElement("GUID", UUID.nameUUIDFromBytes(house.name().getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", ""));
        textElement("DbExportDate", EXPORT_DATE.format(house.exportTime()));
        textElement("DbExportTime", EXPORT_TIME.format(house.exportTime()));

        open("Areas");
        String projectName = house.area(PROJECT_AREA_ID).map(Area::name).orElse(house.name());
        open("Area", "Name", projectName, "UUID", uuid("Area", PROJECT_AREA_ID), "IntegrationID", PROJECT_AREA_ID);
        contents(PROJECT_AREA_ID);
        open("Areas");
        for (Area room : rooms()) {
            open("Area", "Name", room.name(), "UUID", uuid("Area", room.id()), "IntegrationID", room.id(),
                    "OccupancyGroupAssignedToID", room.id());
            contents(room.id());
            close();
        }
        close();
        close();
        close();

        // clients bind an area to its occupancy group through the group number, the area's LIP GROUP id
        open("OccupancyGroups");
        for (Area room : rooms()) {
            leaf("OccupancyGroup", "UUID", claim(room.id(), "OccupancyGroup " + room.id()), "OccupancyGroupNumber",
                    room.id());
        }
        close();
        open("Timeclocks");
        for (Timeclock timeclock : house.timeclocks()) {
            leaf("Timeclock", "Name", timeclock.name(), "UUID", uuid("Timeclock", timeclock.id()), "IntegrationID",
                    timeclock.id());
        }
        close();
        open("GreenModes");
        for (GreenMode mode : house.greenModes()) {
            leaf("GreenMode", "Name", mode.name(), "UUID", uuid("GreenMode", mode.id()), "IntegrationID", mode.id());
        }
        close();
        close();
        xml.writeEndDocument();
        xml.close();
        return text.append('\n').toString();
    }

    private List<Area> rooms() {
        return house.areas().stream().filter(a -> a.id() != PROJECT_AREA_ID).toList();
    }

    /** The area a zone or device is written in: the first house area of that name, else the project. */
    private int placement(String areaName) {
        Area room = areaName == null ? null : roomsByName.get(areaName);
        return room == null ? PROJECT_AREA_ID : room.id();
    }

    private void contents(int areaId) throws XMLStreamException {
        open("DeviceGroups");
        for (Device device : house.devices()) {
            if (placement(device.area()) == areaId) {
                device(device);
            }
        }
        close();
        open("Outputs");
        for (Zone zone : house.zones()) {
            if (placement(zone.area()) == areaId) {
                // pylutron reads Wattage as a number; the house does not know it
                leaf("Output", "Name", zone.name(), "UUID", uuid("Output", zone.id()), "IntegrationID", zone.id(),
                        "OutputType", zone.type(), "Wattage", 0);
            }
        }
        close();
    }

    private void device(Device device) throws XMLStreamException {
        open("Device", "Name", device.name(), "UUID", uuid("Device", device.id()), "IntegrationID", device.id(),
                "DeviceType", device.type());
        open("Components");
        for (Button button : device.buttons()) {
            open("Component", "ComponentNumber", button.number(), "ComponentType", "BUTTON");
            String name = button.name() != null ? button.name() : "Button " + button.number();
            // phantom buttons are not on any keypad, so nothing is engraved on them
            leaf("Button", "Name", name, "UUID", uuid("Button", device.id() + ":" + button.number()), "Engraving",
                    device.isRepeater() ? null : button.name());
            close();
        }
        for (Button button : device.buttons()) {
            if (button.led() != null) {
                open("Component", "ComponentNumber", button.led(), "ComponentType", "LED");
                leaf("LED", "UUID", uuid("LED", device.id() + ":" + button.led()));
                close();
            }
        }
        if (device.isSensor()) {
            leaf("Component", "ComponentNumber", Device.SENSOR_COMPONENT, "ComponentType", "CCI");
        }
        close();
        close();
    }

    /** The UUID of one object, from what it is: {@code kind} and its integration id (and component). */
    private long uuid(String kind, Object id) {
        String what = kind + " " + id;
        UUID hash = UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8));
        return claim(hash.getMostSignificantBits() & UUID_BITS, what);
    }

    private long claim(long uuid, String what) {
        String earlier = uuids.putIfAbsent(uuid, what);
        if (earlier != null) {
            throw new IllegalStateException("UUID " + uuid + " of " + what + " is already the UUID of " + earlier);
        }
        return uuid;
    }

    private void open(String element, Object... attributes) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
        attributes(attributes);
        depth++;
        justOpened = true;
    }

    private void close() throws XMLStreamException {
        depth--;
        if (!justOpened) {
            newLine();
        }
        xml.writeEndElement();
        justOpened = false;
    }

    private void leaf(String element, Object... attributes) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(element);
        attributes(attributes);
        justOpened = false;
    }

    private void textElement(String element, String value) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
        justOpened = false;
    }

    /** Writes name / value pairs, leaving out those whose value is null. */
    private void attributes(Object[] pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
