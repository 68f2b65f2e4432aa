package io.github.camellutron.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the Caseta Smart Bridge Pro / RA2 Select JSON integration report (LIP.md 4.1) into a catalog. The
 * report names no types and gives areas no ids, so device types are guessed and area ids are synthetic.
 */
final class CasetaReportParser {

    static final int BRIDGE_ID = 1;
    static final String SMART_BRIDGE = "SMART_BRIDGE";
    static final String PICO = "PICO";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LutronCatalog.Builder catalog = LutronCatalog.builder();
    private final Map<String, Area> areasByName = new LinkedHashMap<>();

    private CasetaReportParser() {
    }

    static LutronCatalog parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed Caseta integration report: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr()), e);
        }
        JsonNode list = root.path("LIPIdList");
        if (!list.isObject()) {
            // the same list as a LEAP ReadResponse of /server/2/id wraps it in Body
            list = root.path("Body").path("LIPIdList");
        }
        if (!list.isObject()) {
            throw new IllegalArgumentException("not a Caseta integration report: no \"LIPIdList\" object");
        }
        return new CasetaReportParser().read(list);
    }

    private LutronCatalog read(JsonNode list) {
        for (Map.Entry<String, JsonNode> member : list.properties()) {
            switch (member.getKey()) {
                case "Devices" -> member.getValue().forEach(this::device);
                case "Zones" -> member.getValue().forEach(this::zone);
                default -> {
                    // nothing else in the report names anything
                }
            }
        }
        return catalog.build();
    }

    private void device(JsonNode node) {
        Integer id = integer(node.path("ID"));
        if (id == null) {
            return;
        }
        boolean bridge = id == BRIDGE_ID;
        List<Button> buttons = new ArrayList<>();
        for (JsonNode button : node.path("Buttons")) {
            Integer number = integer(button.path("Number"));
            if (number == null) {
                continue;
            }
            String name = text(button.path("Name"));
            if (bridge && !IntegrationReports.isDefaultButtonName(name)) {
                catalog.scene(new Scene(number, name));
            }
            if (name == null) {
                name = bridge ? "Button " + number : picoButtonName(number);
            }
            buttons.add(new Button(number, id, number, name, null));
        }
        String type = bridge ? SMART_BRIDGE : buttons.isEmpty() ? null : PICO;
        catalog.device(new Device(id, text(node.path("Name")), areaName(node), type, buttons));
    }

    private void zone(JsonNode node) {
        Integer id = integer(node.path("ID"));
        if (id != null) {
            catalog.zone(new Zone(id, text(node.path("Name")), areaName(node), null));
        }
    }

    private String areaName(JsonNode node) {
        String name = text(node.path("Area").path("Name"));
        if (name != null && !areasByName.containsKey(name)) {
            Area area = new Area(areasByName.size() + 1, name, null);
            areasByName.put(name, area);
            catalog.area(area);
        }
        return name;
    }

    /** The labels of a Pico's LIP components (LIP.md 3); the 4-button PJ2-4B uses 8 to 11. */
    static String picoButtonName(int number) {
        return switch (number) {
            case 2 -> "On";
            case 3 -> "Favorite";
            case 4 -> "Off";
            case 5 -> "Raise";
            case 6 -> "Lower";
            case 8, 9, 10, 11 -> "Button " + (number - 7);
            default -> "Button " + number;
        };
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }

    private static Integer integer(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
