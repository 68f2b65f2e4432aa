package io.github.camellutron.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DbXmlInfoReportParserTest {

    private static LutronCatalog catalog;

    @BeforeAll
    static void parseFixture() throws IOException {
        try (InputStream in = DbXmlInfoReportParserTest.class.getResourceAsStream("/catalog/DbXmlInfo.xml")) {
            catalog = IntegrationReports.parseDbXmlInfo(in);
        }
    }

    @Test
    void readsAreasWithTheProjectAndNestedParents() {
        assertThat(catalog.areas()).containsExactly(
                new Area(0, "Juniper Court", null),
                new Area(2, "Kitchen", 0),
                new Area(3, "Living Room", 0),
                new Area(5, "Reading Nook", 3),
                new Area(4, "Primary Bedroom", 0));
        assertThat(catalog.area(5)).contains(new Area(5, "Reading Nook", 3));
    }

    @Test
    void readsOutputsAsZonesWithTheirAreaAndOutputType() {
        assertThat(catalog.zones()).containsExactly(
                new Zone(10, "Island Pendants", "Kitchen", "INC"),
                new Zone(11, "Under Cabinet", "Kitchen", "ELV"),
                new Zone(12, "Ceiling Fan", "Living Room", "CEILING_FAN_TYPE"),
                new Zone(13, "Bay Window Shade", "Living Room", "SYSTEM_SHADE"),
                new Zone(14, "Reading Light", "Reading Nook", "MLV"),
                new Zone(15, "Bedside Lamps", "Primary Bedroom", "NON_DIM_INC"));
    }

    @Test
    void skipsOutputsWithoutAUsableIntegrationId() {
        assertThat(catalog.zones()).extracting(Zone::name).doesNotContain("Floor Lamp", "Blackout Shade");
    }

    @Test
    void readsDevicesFromNestedDeviceGroupsAndDirectlyUnderDeviceGroups() {
        assertThat(catalog.devices())
                .extracting(Device::id, Device::name, Device::area, Device::type)
                .containsExactly(
                        tuple(1, "Main Repeater", "Juniper Court", "MAIN_REPEATER"),
                        tuple(20, "Back Door Keypad", "Kitchen", "SEETOUCH_KEYPAD"),
                        tuple(21, "Island Pico", "Kitchen", "PICO_KEYPAD"),
                        tuple(22, "Kitchen Motion", "Kitchen", "MOTION_SENSOR"),
                        tuple(23, "Sofa Pico", "Living Room", "PICO_KEYPAD"),
                        tuple(24, "Bedroom Entry", "Primary Bedroom", "HYBRID_SEETOUCH_KEYPAD"));
        assertThat(catalog.device(22).orElseThrow().buttons()).isEmpty();
    }

    @Test
    void skipsDevicesWithoutIntegrationId() {
        assertThat(catalog.devices()).extracting(Device::name).doesNotContain("Closet Keypad");
        assertThat(catalog.buttons()).extracting(Button::name).doesNotContain("Closet");
    }

    @Test
    void keypadButtonsAreNamedByEngravingThenNameAndGetLedsAt80Up() {
        assertThat(catalog.device(20).orElseThrow().buttons()).containsExactly(
                new Button(1, 20, 1, "Cooking", 81),
                new Button(2, 20, 2, "Dining", 82),
                new Button(3, 20, 3, "Island", 83),
                new Button(4, 20, 4, "Fan", 84),
                new Button(5, 20, 5, "Pathway", 85),
                new Button(6, 20, 6, "All Off", 86));
    }

    @Test
    void ledIsAttachedOnlyWhenTheLedComponentExists() {
        assertThat(catalog.device(24).orElseThrow().buttons()).containsExactly(
                new Button(1, 24, 1, "Bright", 81),
                new Button(3, 24, 3, "Button 3", null));
        assertThat(catalog.buttonByLed(24, 83)).isEmpty();
    }

    @Test
    void picosHaveTheirComponentNumbersAndNoLeds() {
        assertThat(catalog.device(21).orElseThrow().buttons()).containsExactly(
                new Button(2, 21, 2, "Button 2", null),
                new Button(3, 21, 3, "Button 3", null),
                new Button(4, 21, 4, "Button 4", null),
                new Button(5, 21, 5, "Button 5", null),
                new Button(6, 21, 6, "Button 6", null));
        assertThat(catalog.device(23).orElseThrow().buttons()).containsExactly(
                new Button(2, 23, 2, "Fan On", null),
                new Button(4, 23, 4, "Fan Off", null));
    }

    @Test
    void mainRepeaterPhantomButtonsHaveLedsAt100UpAndNamedOnesAreScenes() {
        assertThat(catalog.device(1).orElseThrow().buttons()).containsExactly(
                new Button(1, 1, 1, "Good Night", 101),
                new Button(2, 1, 2, "Movie Time", 102),
                new Button(3, 1, 3, "Vacation", null),
                new Button(12, 1, 12, "Button 12", 112));
        assertThat(catalog.scenes()).containsExactly(
                new Scene(1, "Good Night"), new Scene(2, "Movie Time"), new Scene(3, "Vacation"));
        assertThat(catalog.scene(12)).isEmpty();
        assertThat(catalog.scene("movie time")).contains(new Scene(2, "Movie Time"));
    }

    @Test
    void looksUpButtonsAndLedsByLipAddress() {
        assertThat(catalog.buttons()).hasSize(19);
        assertThat(catalog.button(20, 4)).contains(new Button(4, 20, 4, "Fan", 84));
        assertThat(catalog.buttonByLed(20, 86)).contains(new Button(6, 20, 6, "All Off", 86));
        assertThat(catalog.buttonByLed(1, 112)).contains(new Button(12, 1, 12, "Button 12", 112));
        assertThat(catalog.button(21, 1)).isEmpty();
        assertThat(catalog.buttonByLed(20, 6)).isEmpty();
    }

    @Test
    void readsTimeclocksAndGreenModes() {
        assertThat(catalog.timeclocks()).containsExactly(new Timeclock(30, "Timeclock 1"));
        assertThat(catalog.greenModes()).containsExactly(new GreenMode(31, "Green Mode"));
        assertThat(catalog.timeclock(30)).contains(new Timeclock(30, "Timeclock 1"));
        assertThat(catalog.greenMode(31)).contains(new GreenMode(31, "Green Mode"));
        assertThat(catalog.timeclock(31)).isEmpty();
    }

    @Test
    void toleratesJunkBeforeTheProlog() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalog/DbXmlInfo-junk.xml")) {
            assertThat(IntegrationReports.parseDbXmlInfo(in)).isEqualTo(catalog);
        }
    }

    @Test
    void readsADocumentWithoutPrologAndWithMissingAttributes() throws IOException {
        String xml = """
                <Project>
                  <Areas>
                    <Area Name="Cabin">
                      <Areas>
                        <Area IntegrationID="7">
                          <Outputs><Output IntegrationID="40" /></Outputs>
                          <DeviceGroups>
                            <Device IntegrationID="41">
                              <Components>
                                <Component ComponentNumber="1" ComponentType="BUTTON" />
                                <Component ComponentNumber="81" />
                              </Components>
                            </Device>
                          </DeviceGroups>
                        </Area>
                      </Areas>
                    </Area>
                  </Areas>
                </Project>
                """;

        LutronCatalog parsed = IntegrationReports.parseDbXmlInfo(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed.areas()).containsExactly(new Area(7, null, null));
        assertThat(parsed.zones()).containsExactly(new Zone(40, null, "Cabin", null));
        assertThat(parsed.devices()).containsExactly(
                new Device(41, null, "Cabin", null, List.of(new Button(1, 41, 1, "Button 1", null))));
        assertThat(parsed.scenes()).isEmpty();
    }

    /** Found by IntegrationReportsFuzzTest: the XML reader's MalformedByteSequenceException escaped as an IOException. */
    @Test
    void aReportThatIsNotTheUtf8ItDeclaresIsMalformedNotUnreadable() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project><Areas><Area Name=\"Café\" /></Areas></Project>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> IntegrationReports.parse(new ByteArrayInputStream(latin1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed DbXmlInfo.xml: ")
                .hasMessageContaining("UTF-8");
    }
}
