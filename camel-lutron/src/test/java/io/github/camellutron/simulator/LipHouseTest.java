package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LedCode;

/** Houses from JSON, from integration reports and the demo, each played by a simulator. */
class LipHouseTest {

    @Test
    void demoHouseHasTheRoomsLoadsAndControlsItPromises() {
        LipHouse demo = LipHouse.demo();
        assertThat(demo.areas()).extracting(LipHouse.Area::name)
                .containsExactly("Kitchen", "Living Room", "Bedroom", "Office", "Hallway");
        assertThat(demo.zoneIds()).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 26, 27, 28);
        assertThat(demo.zones()).extracting(LipHouse.Zone::type)
                .contains("INC", "ELV", "NON_DIM", "CEILING_FAN_TYPE", "SYSTEM_SHADE", "VENETIAN_BLIND", "CCO_PULSED",
                        "CCO_MAINTAINED");
        assertThat(demo.zone(26).orElseThrow().tilt()).isEqualTo(50);
        assertThat(demo.timeclock(30).orElseThrow().events()).extracting(LipHouse.TimeclockEvent::name)
                .containsExactly("Sunset", "Bedtime", "Morning");
        assertThat(demo.device(1).orElseThrow().buttons()).extracting(LipHouse.Button::name)
                .containsExactly("All On", "All Off", "Movie", "Goodnight");
        assertThat(demo.devices()).extracting(LipHouse.Device::type)
                .containsOnly("MAIN_REPEATER", "SEETOUCH_KEYPAD", "PICO_KEYPAD", "MOTION_SENSOR");
        assertThat(demo.zone("Hallway Lights").orElseThrow().level()).isEqualTo(25);
        assertThat(demo.device("Kitchen Keypad").orElseThrow().id()).isEqualTo(20);
        assertThat(demo.zonesIn(2)).extracting(LipHouse.Zone::id).containsExactly(10, 11, 12);
        assertThat(demo.exportTime()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 26, 53));
        assertThat(demo).isSameAs(LipHouse.demo());
    }

    @Test
    void houseFromJsonIsPlayedBySimulator() throws IOException {
        LipHouse house = LipHouse.fromJson(json("""
                {
                  "name": "Studio",
                  "exportTime": "2025-12-01T18:00:00",
                  "areas": [ { "id": 2, "name": "Studio", "sensors": [9], "occupied": true } ],
                  "zones": [ { "id": 5, "name": "Lamp", "area": "Studio", "level": 12.5 },
                             { "id": 6, "name": "Fan", "area": "Studio", "type": "CEILING_FAN_TYPE" } ],
                  "devices": [
                    { "id": 1, "type": "SMART_BRIDGE",
                      "buttons": [ { "number": 1, "name": "Fan High", "scene": { "6": 100, "5": 0 } } ] },
                    { "id": 8, "type": "PICO_KEYPAD", "controls": [5, 6], "favorite": 75,
                      "buttons": [ { "number": 3 } ] },
                    { "id": 9, "type": "MOTION_SENSOR" }
                  ]
                }
                """));
        assertThat(house.zone(5).orElseThrow().type()).isEqualTo("INC");
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().house(house).build().start();
             LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("?OUTPUT,5,1")).isEqualTo("~OUTPUT,5,1,12.50");
            assertThat(client.ask("?SYSTEM,10")).isEqualTo("~SYSTEM,10,12/01/2025,18:00:00");
            assertThat(client.ask("?GROUP,2,3")).isEqualTo("~GROUP,2,3,3");
            simulator.pressButton(8, 3);
            assertThat(simulator.level(5)).isEqualTo(75);
            assertThat(simulator.level(6)).isEqualTo(75);
            client.send("#DEVICE,1,1,3");
            assertThat(client.linesBefore()).contains("~OUTPUT,6,1,100.00", "~OUTPUT,5,1,0.00");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"zones\": [{\"id\": 1, \"colour\": \"red\"}]}|unknown property 'colour'",
            "{\"zones\": [{\"id\": 1}, {\"id\": 1}]}|duplicate zone id 1",
            "{\"zones\": [{\"id\": 1, \"level\": 150}]}|outside 0-100",
            "{\"zones\": [{\"name\": \"x\"}]}|'id' is required",
            "{\"devices\": [{\"id\": 1}]}|'type' is required",
            "{\"devices\": [{\"id\": 1, \"type\": \"X\", "
                    + "\"buttons\": [{\"number\": 1, \"scene\": {\"7\": 5}}]}]}|scene unknown zone 7",
            "{\"devices\": [{\"id\": 1, \"type\": \"X\", \"buttons\": [{\"number\": 1, \"led\": 1}]}]}|used twice",
            "{\"areas\": [{\"id\": 1, \"sensors\": [3]}]}|sensor 3 is not a MOTION_SENSOR",
            "{\"exportTime\": \"yesterday\"}|ISO local date-time",
            "{\"zones\": [{\"id\": 1, \"tilt\": 50}]}|'tilt' is for VENETIAN_BLIND and SHEER_BLIND zones only",
            "{\"timeclocks\": [{\"id\": 1, \"events\": [{\"index\": 1, \"scene\": {\"7\": 5}}]}]}|event 1 scene unknown zone 7",
            "{\"timeclocks\": [{\"id\": 1, \"events\": [{\"index\": 0}]}]}|'index' is required and must be an integer of at least 1",
            "{\"timeclocks\": [{\"id\": 1, \"events\": [{\"index\": 2}, {\"index\": 2}]}]}|has an index twice",
            "[1, 2]|must be an object",
            "{\"zones\": |malformed house JSON" })
    void inconsistentJsonIsRejectedWithAClearMessage(String json, String message) {
        assertThatThrownBy(() -> LipHouse.fromJson(json(json))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void houseFromDbXmlInfoIsPlayedBySimulator() throws IOException {
        LutronCatalog catalog;
        try (InputStream xml = getClass().getResourceAsStream("/simulator/DbXmlInfo.xml")) {
            catalog = IntegrationReports.parse(xml);
        }
        LipHouse house = LipHouse.fromCatalog(catalog);
        assertThat(house.zoneIds()).containsExactly(30, 31);
        assertThat(house.deviceIds()).containsExactly(1, 40, 41, 42);
        assertThat(house.area(5).orElseThrow().sensors()).containsExactly(42);

        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().house(house).build().start();
             LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("?OUTPUT,30,1")).isEqualTo("~OUTPUT,30,1,0.00");
            assertThat(client.ask("#OUTPUT,31,1,70")).isEqualTo("~OUTPUT,31,1,75.00");
            assertThat(client.ask("?GROUP,5,3")).isEqualTo("~GROUP,5,3,255");

            client.send("#DEVICE,1,2,3");
            assertThat(client.linesBefore()).containsExactly("~DEVICE,1,2,3", "~DEVICE,1,2,3", "~DEVICE,1,102,9,1");
            client.send("#DEVICE,1,1,3");
            assertThat(client.linesBefore()).containsExactly("~DEVICE,1,1,3", "~DEVICE,1,1,3", "~DEVICE,1,102,9,0",
                    "~DEVICE,1,101,9,1");
            assertThat(simulator.ledState(1, 101)).isEqualTo(LedCode.ON);

            simulator.pressButton(40, 1);
            simulator.pressButton(41, 2);
            assertThat(client.linesBefore()).containsExactly("~DEVICE,40,1,3", "~DEVICE,40,1,4", "~DEVICE,41,2,3",
                    "~DEVICE,41,2,4");
            assertThat(simulator.ledState(40, 81)).isEqualTo(LedCode.OFF);

            simulator.press(42, 2);
            assertThat(simulator.occupancy(5)).isEqualTo(GroupState.OCCUPIED);
        }
    }

    @Test
    void houseFromCasetaReportHasNoLedsAndUnknownTypes() throws IOException {
        LutronCatalog catalog = IntegrationReports.parse(json("""
                { "LIPIdList": {
                    "Devices": [ { "ID": 1, "Name": "Smart Bridge", "Buttons": [ { "Number": 1, "Name": "Relax" } ] },
                                 { "ID": 9, "Name": "Hall Sensor" } ],
                    "Zones": [ { "ID": 2, "Name": "Hall Light", "Area": { "Name": "Hall" } } ] } }
                """));
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().house(LipHouse.fromCatalog(catalog))
                .doubleLogin(true).build().start();
             LipTestClient client = LipTestClient.connect(simulator)) {
            client.login("lutron", "integration", "login: ");
            client.send("lutron");
            client.readUntil("password: ");
            client.send("integration");
            client.readUntil("GNET> ");
            client.send("#MONITORING,12,2");
            client.expectLine("~MONITORING,12,2");
            assertThat(client.ask("#OUTPUT,2,1,40")).isEqualTo("~OUTPUT,2,1,40.00");
            client.send("#DEVICE,1,1,3");
            assertThat(client.linesBefore()).containsExactly("~DEVICE,1,1,3", "~DEVICE,1,1,3");
        }
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
