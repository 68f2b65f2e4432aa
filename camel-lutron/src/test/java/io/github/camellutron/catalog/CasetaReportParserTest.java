package io.github.camellutron.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CasetaReportParserTest {

    private static LutronCatalog catalog;

    @BeforeAll
    static void parseFixture() throws IOException {
        try (InputStream in = CasetaReportParserTest.class.getResourceAsStream("/catalog/caseta-report.json")) {
            catalog = IntegrationReports.parseCasetaReport(in);
        }
    }

    private static LutronCatalog parse(String json) throws IOException {
        return IntegrationReports.parseCasetaReport(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void makesOneAreaPerDistinctNameInOrderOfAppearance() {
        assertThat(catalog.areas()).containsExactly(
                new Area(1, "Living Room", null),
                new Area(2, "Bedroom", null),
                new Area(3, "Hallway", null),
                new Area(4, "Kitchen", null),
                new Area(5, "Dining Room", null));
        assertThat(catalog.area(4)).contains(new Area(4, "Kitchen", null));
    }

    @Test
    void readsZonesWithoutType() {
        assertThat(catalog.zones()).containsExactly(
                new Zone(2, "Kitchen Lights", "Kitchen", null),
                new Zone(3, "Dining Chandelier", "Dining Room", null),
                new Zone(4, "Ceiling Fan", "Living Room", null),
                new Zone(5, "Patio String Lights", null, null),
                new Zone(6, null, "Kitchen", null));
        assertThat(catalog.zone(4)).contains(new Zone(4, "Ceiling Fan", "Living Room", null));
    }

    @Test
    void guessesDeviceTypesAndSkipsEntriesWithoutId() {
        assertThat(catalog.devices())
                .extracting(Device::id, Device::name, Device::area, Device::type)
                .containsExactly(
                        tuple(1, "Smart Bridge 2", null, "SMART_BRIDGE"),
                        tuple(7, "Sofa Pico", "Living Room", "PICO"),
                        tuple(8, "Bedside Pico", "Bedroom", "PICO"),
                        tuple(9, "Hall Occupancy Sensor", "Hallway", null));
        assertThat(catalog.areas()).extracting(Area::name).doesNotContain("Garage");
    }

    @Test
    void bridgeButtonsKeepTheirNamesAndNamedOnesAreScenes() {
        assertThat(catalog.device(1).orElseThrow().buttons()).containsExactly(
                new Button(1, 1, 1, "Arriving Home", null),
                new Button(2, 1, 2, "Leaving Home", null),
                new Button(3, 1, 3, "Button 3", null),
                new Button(4, 1, 4, "Movie Night", null),
                new Button(5, 1, 5, "Button 5", null));
        assertThat(catalog.scenes()).containsExactly(
                new Scene(1, "Arriving Home"), new Scene(2, "Leaving Home"), new Scene(4, "Movie Night"));
        assertThat(catalog.scene("arriving home")).contains(new Scene(1, "Arriving Home"));
        assertThat(catalog.scene(3)).isEmpty();
    }

    @Test
    void picoButtonsGetStandardNamesUnlessTheReportNamesThem() {
        assertThat(catalog.device(7).orElseThrow().buttons()).containsExactly(
                new Button(2, 7, 2, "On", null),
                new Button(3, 7, 3, "Favorite", null),
                new Button(4, 7, 4, "Off", null),
                new Button(5, 7, 5, "Raise", null),
                new Button(6, 7, 6, "Lower", null));
        assertThat(catalog.device(8).orElseThrow().buttons()).containsExactly(
                new Button(8, 8, 8, "Reading", null),
                new Button(9, 8, 9, "Button 2", null),
                new Button(10, 8, 10, "Button 3", null),
                new Button(11, 8, 11, "Button 4", null));
        assertThat(catalog.button(7, 4)).contains(new Button(4, 7, 4, "Off", null));
        assertThat(catalog.buttonByLed(7, 84)).isEmpty();
        assertThat(catalog.buttons()).hasSize(14);
    }

    @Test
    void toleratesMissingSectionsAndStringIds() throws IOException {
        LutronCatalog parsed = parse("""
                {"LIPIdList": {"Devices": [{"ID": "12", "Buttons": [{"Name": "no number"}, {"Number": 7}]}]}}
                """);

        assertThat(parsed.zones()).isEmpty();
        assertThat(parsed.areas()).isEmpty();
        assertThat(parsed.devices()).containsExactly(
                new Device(12, null, null, "PICO", List.of(new Button(7, 12, 7, "Button 7", null))));
    }

    @Test
    void readsTheListInsideALeapResponseBody() throws IOException {
        LutronCatalog parsed = parse("""
                {"CommuniqueType": "ReadResponse",
                 "Header": {"StatusCode": "200 OK", "Url": "/server/2/id"},
                 "Body": {"LIPIdList": {"Devices": [
                   {"Name": "Left Pico", "ID": 36, "Area": {"Name": "Master Bedroom"}, "Buttons": [{"Number": 2}, {"Number": 4}]}]}}}
                """);

        assertThat(parsed.devices()).containsExactly(new Device(36, "Left Pico", "Master Bedroom", "PICO",
                List.of(new Button(2, 36, 2, "On", null), new Button(4, 36, 4, "Off", null))));
        assertThat(parsed.areas()).containsExactly(new Area(1, "Master Bedroom", null));
    }
}
