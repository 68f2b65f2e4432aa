package io.github.camellutron.catalog;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a {@code DbXmlInfo.xml} (LIP.md 4.2) into a catalog: areas, outputs, devices with their buttons, the main
 * repeater's named phantom buttons as scenes, timeclocks and green modes. An element that lacks what it needs (such
 * as an IntegrationID) is skipped, so one bad entry never loses the rest of the report.
 */
final class DbXmlInfoParser {

    private static final String MAIN_REPEATER = "MAIN_REPEATER";
    private static final int KEYPAD_LED_OFFSET = 80;
    private static final int REPEATER_LED_OFFSET = 100;

    private final LutronCatalog.Builder catalog = LutronCatalog.builder();
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<AreaFrame> areas = new ArrayDeque<>();
    private DeviceDraft device;
    private Integer buttonComponent;

    private DbXmlInfoParser() {
    }

    static LutronCatalog parse(InputStream in) throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(in);
            return new DbXmlInfoParser().read(reader);
        } catch (XMLStreamException e) {
            // the stream failing is an IOException; bytes that are not the declared encoding are a malformed report
            if (e.getNestedException() instanceof IOException io && !(io instanceof CharConversionException)) {
                throw io;
            }
            String detail = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
            throw new IllegalArgumentException("malformed DbXmlInfo.xml: " + detail, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing only frees parser buffers (the stream stays the caller's), so a failure here changes nothing
                }
            }
        }
    }

    /** The JDK's own StAX with DTDs and external entities off, so a report cannot make us read files or URLs. */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private LutronCatalog read(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = reader.getLocalName();
                if (path.isEmpty() && !"Project".equals(element)) {
                    throw new IllegalArgumentException(
                            "not a DbXmlInfo.xml: root element is <" + element + ">, expected <Project>");
                }
                start(element, reader);
                path.push(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.pop();
                end(reader.getLocalName());
            }
        }
        return catalog.build();
    }

    private void start(String element, XMLStreamReader reader) {
        String parent = path.peek();
        switch (element) {
            case "Area" -> {
                if ("Areas".equals(parent)) {
                    startArea(reader);
                }
            }
            case "Output" -> {
                if ("Outputs".equals(parent)) {
                    Integer id = integer(reader, "IntegrationID");
                    if (id != null) {
                        catalog.zone(new Zone(id, text(reader, "Name"), areaName(), text(reader, "OutputType")));
                    }
                }
            }
            case "Device" -> {
                if (device == null && ("Devices".equals(parent) || "DeviceGroups".equals(parent))) {
                    Integer id = integer(reader, "IntegrationID");
                    if (id != null) {
                        device = new DeviceDraft(
                                id, text(reader, "Name"), areaName(), text(reader, "DeviceType"), path.size());
                    }
                }
            }
            case "Component" -> {
                if (device != null && "Components".equals(parent)) {
                    startComponent(reader);
                }
            }
            case "Button" -> {
                if (buttonComponent != null && "Component".equals(parent)) {
                    device.name(buttonComponent, text(reader, "Engraving"), text(reader, "Name"));
                }
            }
            case "Timeclock" -> {
                Integer id = "Timeclocks".equals(parent) ? integer(reader, "IntegrationID") : null;
                if (id != null) {
                    catalog.timeclock(new Timeclock(id, text(reader, "Name")));
                }
            }
            case "GreenMode" -> {
                Integer id = "GreenModes".equals(parent) ? integer(reader, "IntegrationID") : null;
                if (id != null) {
                    catalog.greenMode(new GreenMode(id, text(reader, "Name")));
                }
            }
            default -> {
                // every other element only matters for what it contains
            }
        }
    }

    private void end(String element) {
        switch (element) {
            case "Area" -> {
                if (!areas.isEmpty() && areas.peek().depth() == path.size()) {
                    areas.pop();
                }
            }
            case "Component" -> buttonComponent = null;
            case "Device" -> {
                if (device != null && device.depth == path.size()) {
                    finish(device);
                    device = null;
                }
            }
            default -> {
                // only the elements that opened a scope need closing
            }
        }
    }

    private void startArea(XMLStreamReader reader) {
        Integer id = integer(reader, "IntegrationID");
        String name = text(reader, "Name");
        if (id != null) {
            catalog.area(new Area(id, name, enclosingAreaId()));
        }
        areas.push(new AreaFrame(id, name, path.size()));
    }

    private void startComponent(XMLStreamReader reader) {
        Integer number = integer(reader, "ComponentNumber");
        if (number == null) {
            return;
        }
        String type = text(reader, "ComponentType");
        if ("BUTTON".equals(type)) {
            buttonComponent = number;
            device.button(number);
        } else if ("LED".equals(type)) {
            device.leds.add(number);
        }
    }

    private void finish(DeviceDraft draft) {
        boolean repeater = MAIN_REPEATER.equals(draft.type);
        int ledOffset = repeater ? REPEATER_LED_OFFSET : KEYPAD_LED_OFFSET;
        List<Button> buttons = new ArrayList<>(draft.buttonNames.size());
        draft.buttonNames.forEach((number, name) -> {
            Integer led = draft.leds.contains(number + ledOffset) ? number + ledOffset : null;
            buttons.add(new Button(number, draft.id, number, name == null ? "Button " + number : name, led));
            if (repeater && !IntegrationReports.isDefaultButtonName(name)) {
                catalog.scene(new Scene(number, name));
            }
        });
        catalog.device(new Device(draft.id, draft.name, draft.area, draft.type, buttons));
    }

    private String areaName() {
        for (AreaFrame frame : areas) {
            if (frame.name() != null) {
                return frame.name();
            }
        }
        return null;
    }

    private Integer enclosingAreaId() {
        for (AreaFrame frame : areas) {
            if (frame.id() != null) {
                return frame.id();
            }
        }
        return null;
    }

    private static String text(XMLStreamReader reader, String attribute) {
        String value = reader.getAttributeValue(null, attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer integer(XMLStreamReader reader, String attribute) {
        String value = text(reader, attribute);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code depth} is the element depth the Area started at, to match its end tag. */
    private record AreaFrame(Integer id, String name, int depth) {
    }

    private static final class DeviceDraft {
        final int id;
        final String name;
        final String area;
        final String type;
        final int depth;
        final Map<Integer, String> buttonNames = new LinkedHashMap<>();
        final Set<Integer> leds = new HashSet<>();

        DeviceDraft(int id, String name, String area, String type, int depth) {
            this.id = id;
            this.name = name;
            this.area = area;
            this.type = type;
            this.depth = depth;
        }

        void button(int number) {
            buttonNames.putIfAbsent(number, null);
        }

        /** The engraving is what the keypad shows, so it wins over the button's name in the design software. */
        void name(int number, String engraving, String name) {
            buttonNames.put(number, engraving != null ? engraving : name);
        }
    }
}
