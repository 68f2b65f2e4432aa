package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every recorded bridge message parses, survives a round trip and reads as the values in the file. */
class LeapFixturesTest {

    private static final String ROOT = "/io/github/camellutron/simulator/leap";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Consumer<LeapMessage>> CHECKS = new LinkedHashMap<>();

    static {
        caseta();
        ra3Areas();
        ra3Devices();
        ra3Status();
    }

    private static void caseta() {
        CHECKS.put("caseta/areas.json", m -> {
            assertThat(m.bodyType()).isEqualTo("MultipleAreaDefinition");
            assertThat(LeapBodies.areas(m)).containsExactly(
                    new LeapArea(1, "root", null, false),
                    new LeapArea(2, "Hallway", 1, true),
                    new LeapArea(3, "Living Room", 1, true),
                    new LeapArea(4, "Master Bathroom", 1, true));
        });
        CHECKS.put("caseta/buttons.json", m -> assertThat(LeapBodies.buttons(m)).containsExactly(
                new LeapButton(101, 0, "Button 1", null, null, 2),
                new LeapButton(102, 0, "Button 1", null, null, 5),
                new LeapButton(103, 5, "Button 1", null, null, 6)));
        CHECKS.put("caseta/buttonsubscribe.json", m -> {
            assertThat(m.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            assertThat(m.status()).isEqualTo(new LeapStatus(204, "NoContent"));
            assertThat(m.status().isSuccess()).isTrue();
            assertThat(m.isError()).isFalse();
            assertThat(m.body()).isNull();
            assertThat(m.bodyType()).isNull();
            assertThat(LeapHref.id(m.url())).isEqualTo(101);
            assertThat(LeapBodies.buttonEvent(m)).isNull();
        });
        CHECKS.put("caseta/devices.json", m -> {
            List<LeapDevice> devices = LeapBodies.devices(m);
            assertThat(devices).extracting(LeapDevice::id, LeapDevice::deviceType).containsExactly(
                    tuple(1, "SmartBridge"), tuple(2, "WallDimmer"), tuple(3, "CasetaFanSpeedController"),
                    tuple(4, "RPSOccupancySensor"), tuple(5, "RPSOccupancySensor"), tuple(6, "RPSOccupancySensor"),
                    tuple(7, "QsWirelessShade"), tuple(8, "Pico3ButtonRaiseLower"), tuple(9, "FourGroupRemote"),
                    tuple(10, "SerenaTiltOnlyWoodBlind"), tuple(11, "Tilt"));
            assertThat(devices.get(0)).isEqualTo(new LeapDevice(1, "Smart Bridge", "Smart Bridge", "SmartBridge",
                    "L-BDG2-WH", "1234", null, List.of(), List.of(), List.of()));
            assertThat(devices.get(1)).isEqualTo(new LeapDevice(2, "Lights", "Hallway Lights", "WallDimmer",
                    "PD-6WCL-XX", "2345", 2, List.of(), List.of(1), List.of()));
            assertThat(devices).extracting(LeapDevice::zoneIds).containsExactly(List.of(), List.of(1), List.of(2),
                    List.of(), List.of(), List.of(), List.of(6), List.of(), List.of(), List.of(3), List.of(4));
            assertThat(devices.get(4).occupancySensorIds()).containsExactly(3);
            assertThat(devices.get(4).fullyQualifiedName()).isEqualTo("Master Bathroom Occupancy Sensor Door");
            assertThat(devices.get(7).buttonGroupIds()).containsExactly(2);
            assertThat(devices.get(8).buttonGroupIds()).containsExactly(5, 6);
            assertThat(devices.get(8).serialNumber()).isEqualTo("92322656");
            assertThat(devices.get(8).modelNumber()).isEqualTo("CS-YJ-4GC-WH");
            assertThat(devices.get(8).areaId()).isEqualTo(3);
        });
        CHECKS.put("caseta/lip.json", m -> {
            assertThat(m.bodyType()).isEqualTo("OneLIPIdListDefinition");
            assertThat(m.url()).isEqualTo("/server/2/id");
            assertThat(m.body().at("/LIPIdList/Devices")).hasSize(2);
            assertThat(m.body().at("/LIPIdList/Devices/0/Name").asText()).isEqualTo("Pico");
            assertThat(m.body().at("/LIPIdList/Devices/0/ID").asInt()).isEqualTo(33);
            assertThat(m.body().at("/LIPIdList/Devices/1/Buttons")).hasSize(2);
            assertThat(LeapBodies.devices(m)).isEmpty();
            assertThat(LeapBodies.lipIds(m)).isEqualTo(new LeapLipIdList(List.of(
                    new LeapLipIdList.Entry(33, "Pico", "Kitchen", List.of(2, 3, 4, 5, 6)),
                    new LeapLipIdList.Entry(36, "Left Pico", "Master Bedroom", List.of(2, 4))), List.of()));
        });
        CHECKS.put("caseta/occupancygroups.json", m -> assertThat(LeapBodies.occupancyGroups(m)).containsExactly(
                new LeapOccupancyGroup(1, List.of(2), List.of()),
                new LeapOccupancyGroup(2, List.of(3), List.of(1)),
                new LeapOccupancyGroup(3, List.of(4), List.of(2, 3))));
        CHECKS.put("caseta/occupancygroupsubscribe.json", m -> {
            assertThat(m.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            assertThat(LeapBodies.occupancyGroupStatuses(m)).containsExactly(
                    new LeapOccupancyGroupStatus(1, "Unknown"),
                    new LeapOccupancyGroupStatus(2, "Occupied"),
                    new LeapOccupancyGroupStatus(3, "Unoccupied"));
        });
        CHECKS.put("caseta/project.json", m -> {
            LeapProject project = LeapBodies.project(m);
            assertThat(project).isEqualTo(new LeapProject("Smart Bridge Project", "Lutron Smart Bridge Project"));
            assertThat(project.family()).isEqualTo(SystemFamily.CASETA);
        });
        CHECKS.put("caseta/scenes.json", m -> {
            List<LeapVirtualButton> buttons = LeapBodies.virtualButtons(m);
            assertThat(buttons).containsExactly(
                    new LeapVirtualButton(1, 0, "scene 1", true),
                    new LeapVirtualButton(2, 1, "Button 2", false));
            assertThat(buttons.stream().filter(LeapVirtualButton::programmed).map(LeapVirtualButton::name))
                    .containsExactly("scene 1");
            assertThat(m.body().get("VirtualButtons")).hasSize(3);
        });
        CHECKS.put("caseta/smartaway.json", m -> {
            assertThat(m.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            assertThat(m.status()).isEqualTo(LeapStatus.OK);
            assertThat(m.bodyType()).isNull();
            assertThat(m.body().at("/AwayStatus/EnabledState").asText()).isEqualTo("Enabled");
            assertThat(m.body().at("/AwayStatus/ActiveState").asText()).isEqualTo("Active");
            assertThat(LeapBodies.awayStatus(m)).isEqualTo(new LeapAwayStatus("Enabled", "Active"));
        });
    }

    private static void ra3Areas() {
        CHECKS.put("ra3/areas.json", m -> assertThat(LeapBodies.areas(m)).containsExactly(
                new LeapArea(3, "Home", null, false),
                new LeapArea(83, "Equipment Room", 3, true),
                new LeapArea(547, "Primary Bath", 3, true),
                new LeapArea(766, "Entry", 3, true),
                new LeapArea(2796, "Porch", 3, true)));
        CHECKS.put("ra3/area/3/ra3-area3.json",
                m -> assertThat(LeapBodies.areas(m)).containsExactly(new LeapArea(3, "Home", null, false)));
        CHECKS.put("ra3/area/83/ra3-area83.json",
                m -> assertThat(LeapBodies.areas(m)).containsExactly(new LeapArea(83, "Equipment Room", 3, true)));
        CHECKS.put("ra3/area/547/ra3-area547.json",
                m -> assertThat(LeapBodies.areas(m)).containsExactly(new LeapArea(547, "Primary Bath", 3, true)));
        CHECKS.put("ra3/area/766/ra3-area766.json",
                m -> assertThat(LeapBodies.areas(m)).containsExactly(new LeapArea(766, "Entry", 3, true)));
        CHECKS.put("ra3/area/2796/ra3-area2796.json",
                m -> assertThat(LeapBodies.areas(m)).containsExactly(new LeapArea(2796, "Porch", 3, true)));

        CHECKS.put("ra3/area/3/associatedzone.json", LeapFixturesTest::noContent);
        CHECKS.put("ra3/area/83/associatedzone.json", m -> assertThat(LeapBodies.zones(m))
                .containsExactly(new LeapZone(536, "Overhead", "Switched", 83)));
        CHECKS.put("ra3/area/547/associatedzone.json", m -> assertThat(LeapBodies.zones(m)).containsExactly(
                new LeapZone(1361, "Vanities", "Dimmed", 547),
                new LeapZone(1377, "Shower & Tub", "Dimmed", 547),
                new LeapZone(1393, "Vent", "Switched", 547)));
        CHECKS.put("ra3/area/766/associatedzone.json", m -> assertThat(LeapBodies.zones(m)).containsExactly(
                new LeapZone(2091, "Overhead", "Dimmed", 766),
                new LeapZone(2107, "Landscape", "Dimmed", 766)));
        CHECKS.put("ra3/area/2796/associatedzone.json", m -> assertThat(LeapBodies.zones(m))
                .containsExactly(new LeapZone(2010, "Porch", "Dimmed", 2796)));

        CHECKS.put("ra3/area/3/controlstation.json", LeapFixturesTest::noContent);
        CHECKS.put("ra3/area/2796/controlstation.json", LeapFixturesTest::noContent);
        CHECKS.put("ra3/area/83/controlstation.json", m -> {
            assertThat(LeapBodies.controlStations(m)).containsExactly(
                    new LeapControlStation(527, "Entry", 83, List.of(529)),
                    new LeapControlStation(5339, "TestingPico", 83, List.of(5341)));
            assertThat(LeapBodies.gangedDevices(m)).containsExactly(
                    new LeapGangedDevice(529, "SunnataSwitch", 527, 0),
                    new LeapGangedDevice(5341, "Pico3ButtonRaiseLower", 5339, 0));
        });
        CHECKS.put("ra3/area/547/controlstation.json", m -> {
            assertThat(LeapBodies.controlStations(m)).containsExactly(
                    new LeapControlStation(1352, "Entry", 547, List.of(1354, 1370, 1386, 1488)),
                    new LeapControlStation(2937, "Vanity", 547, List.of(2939)));
            assertThat(LeapBodies.gangedDevices(m)).extracting(LeapGangedDevice::deviceId,
                    LeapGangedDevice::deviceType, LeapGangedDevice::gangPosition).containsExactly(
                            tuple(1354, "SunnataDimmer", 0), tuple(1370, "SunnataDimmer", 1),
                            tuple(1386, "SunnataSwitch", 2), tuple(1488, "Pico3ButtonRaiseLower", 3),
                            tuple(2939, "Pico3ButtonRaiseLower", 0));
        });
        CHECKS.put("ra3/area/766/controlstation.json", m -> {
            assertThat(LeapBodies.controlStations(m)).containsExactly(
                    new LeapControlStation(2001, "Entry by Door", 766, List.of(2003, 2084, 2100)),
                    new LeapControlStation(2132, "Entry by Living Room", 766, List.of(2139, 2171, 2203)));
            assertThat(LeapBodies.gangedDevices(m)).filteredOn(d -> d.deviceType().equals("SunnataKeypad"))
                    .extracting(LeapGangedDevice::deviceId, LeapGangedDevice::controlStationId)
                    .containsExactly(tuple(2139, 2132), tuple(2171, 2132));
        });
    }

    private static void ra3Devices() {
        CHECKS.put("ra3/devices.json", m -> {
            noContent(m);
            assertThat(m.url()).isEqualTo("/device");
        });
        CHECKS.put("ra3/processor.json", m -> assertThat(LeapBodies.devices(m)).containsExactly(
                new LeapDevice(104, "Enclosure Device 001", null, "RadioRa3Processor", "JanusProcRA3", "11111111", 83,
                        List.of(), List.of(), List.of())));
        CHECKS.put("ra3/device-list.json", m -> {
            assertThat(m.url()).isEqualTo("/device?where=IsThisDevice:false");
            assertThat(LeapBodies.devices(m)).extracting(LeapDevice::id, LeapDevice::name, LeapDevice::deviceType,
                    LeapDevice::areaId, LeapDevice::serialNumber).containsExactly(
                            tuple(1870, "Position 1", "RPSOccupancySensor", 766, "52679166"),
                            tuple(1888, "Position 2", "RPSOccupancySensor", 766, "52671036"),
                            tuple(1970, "Position 3", "RPSOccupancySensor", 2796, "52671033"),
                            tuple(2139, "Scene Keypad", "SunnataKeypad", 766, null));
        });
        CHECKS.put("ra3/project.json", m -> {
            LeapProject project = LeapBodies.project(m);
            assertThat(project).isEqualTo(new LeapProject("Home", "Lutron RadioRA 3 Project"));
            assertThat(project.family()).isEqualTo(SystemFamily.RA3);
        });
        device("1488", new LeapDevice(1488, "Audio Pico", null, "Pico3ButtonRaiseLower", "PJ2-3BRL-XXX-A02", null,
                547, List.of(), List.of(), List.of()));
        device("2139", new LeapDevice(2139, "Scene Keypad", null, "SunnataKeypad", "RRST-W4B-XX", null, 766,
                List.of(), List.of(), List.of()));
        device("2171", new LeapDevice(2171, "Fan Keypad", null, "SunnataKeypad", "RRST-W4B-XX", null, 766,
                List.of(), List.of(), List.of()));
        device("2939", new LeapDevice(2939, "Audio Pico", null, "Pico3ButtonRaiseLower", "PJ2-3BRL-XXX-A02", null,
                547, List.of(), List.of(), List.of()));
        device("5341", new LeapDevice(5341, "TestingPicoDev", null, "Pico3ButtonRaiseLower", "PJ2-3BRL-XXX-L01",
                "68130838", 83, List.of(), List.of(), List.of()));

        CHECKS.put("ra3/device/1488/buttongroup.json", m -> {
            assertThat(LeapBodies.buttonGroups(m)).singleElement().satisfies(g -> {
                assertThat(g.id()).isEqualTo(1491);
                assertThat(g.deviceId()).isEqualTo(1488);
                assertThat(g.buttons()).containsExactly(
                        new LeapButton(1492, 0, "Button 0", "Play/Pause", null, 1491),
                        new LeapButton(1495, 1, "Button 1", "Favorite", null, 1491),
                        new LeapButton(1498, 2, "Button 2", "Next Track", null, 1491),
                        new LeapButton(1501, 3, "Button 3", "Volume Up", null, 1491),
                        new LeapButton(1504, 4, "Button 4", "Volume Down", null, 1491));
            });
            assertThat(LeapBodies.buttons(m)).hasSize(5);
        });
        CHECKS.put("ra3/device/2139/buttongroup.json", m -> {
            assertThat(LeapBodies.buttonGroups(m)).singleElement().satisfies(g -> {
                assertThat(g.id()).isEqualTo(2148);
                assertThat(g.deviceId()).isEqualTo(2139);
                assertThat(g.buttons()).containsExactly(
                        new LeapButton(2149, 1, "Button 1", "Bright", 2144, 2148),
                        new LeapButton(2153, 2, "Button 2", "Entertain", 2145, 2148),
                        new LeapButton(2157, 3, "Button 3", "Dining", 2146, 2148),
                        new LeapButton(2161, 4, "Button 4", "Off", 2147, 2148));
            });
            assertThat(LeapBodies.buttons(m)).extracting(LeapButton::ledId).containsExactly(2144, 2145, 2146, 2147);
        });
        CHECKS.put("ra3/device/2171/buttongroup.json", m -> assertThat(LeapBodies.buttonGroups(m)).singleElement()
                .satisfies(g -> {
                    assertThat(g.deviceId()).isEqualTo(2171);
                    assertThat(g.buttons()).extracting(LeapButton::id, LeapButton::engraving, LeapButton::ledId)
                            .containsExactly(tuple(2181, "Fan High", 2176), tuple(2185, "Medium", 2177),
                                    tuple(2189, "Low", 2178), tuple(2193, "Off", 2179));
                }));
        CHECKS.put("ra3/device/2939/buttongroup.json", m -> assertThat(LeapBodies.buttonGroups(m)).singleElement()
                .satisfies(g -> {
                    assertThat(g).extracting(LeapButtonGroup::id, LeapButtonGroup::deviceId)
                            .containsExactly(2942, 2939);
                    assertThat(g.buttons()).extracting(LeapButton::id, LeapButton::buttonNumber, LeapButton::engraving)
                            .containsExactly(tuple(2943, 0, "Play/Pause"), tuple(2946, 1, "Favorite"),
                                    tuple(2949, 2, "Next Track"), tuple(2952, 3, "Volume Up"),
                                    tuple(2955, 4, "Volume Down"));
                    assertThat(g.buttons()).extracting(LeapButton::ledId).containsOnlyNulls();
                }));
        CHECKS.put("ra3/device/5341/buttongroup.json", m -> assertThat(LeapBodies.buttonGroups(m)).singleElement()
                .satisfies(g -> {
                    assertThat(g).extracting(LeapButtonGroup::id, LeapButtonGroup::deviceId)
                            .containsExactly(5344, 5341);
                    assertThat(g.buttons()).extracting(LeapButton::id, LeapButton::engraving).containsExactly(
                            tuple(5345, "On"), tuple(5348, "Favorite"), tuple(5351, "Off"), tuple(5354, "Raise"),
                            tuple(5357, "Lower"));
                }));
    }

    private static void device(String id, LeapDevice expected) {
        CHECKS.put("ra3/device/" + id + "/device.json", m -> {
            assertThat(m.bodyType()).isEqualTo("OneDeviceDefinition");
            assertThat(LeapBodies.devices(m)).containsExactly(expected);
        });
    }

    private static void ra3Status() {
        Consumer<LeapMessage> areaStatuses = m -> {
            assertThat(m.bodyType()).isEqualTo("MultipleAreaStatus");
            assertThat(LeapBodies.areaStatuses(m)).containsExactly(
                    new LeapAreaStatus(3, null, "Unknown", null),
                    new LeapAreaStatus(83, null, "Unknown", null),
                    new LeapAreaStatus(547, 100.0, "Unoccupied", 827),
                    new LeapAreaStatus(766, null, "Unknown", null),
                    new LeapAreaStatus(2796, 48.0, "Unknown", null));
        };
        CHECKS.put("ra3/area/status.json", areaStatuses.andThen(
                m -> assertThat(m.type()).isEqualTo(CommuniqueType.ReadResponse)));
        CHECKS.put("ra3/area/status-subscribe.json", areaStatuses.andThen(
                m -> assertThat(m.type()).isEqualTo(CommuniqueType.SubscribeResponse)));
        CHECKS.put("ra3/zonestatus.json", m -> {
            assertThat(m.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            List<LeapZoneStatus> statuses = LeapBodies.zoneStatuses(m);
            assertThat(statuses).extracting(LeapZoneStatus::zoneId)
                    .containsExactly(536, 1361, 1377, 1393, 2091, 2107, 2010);
            assertThat(statuses).extracting(LeapZoneStatus::level).containsOnly(0.0);
            assertThat(statuses).extracting(LeapZoneStatus::statusAccuracy).containsOnly("Good");
            assertThat(statuses.get(0)).isEqualTo(
                    new LeapZoneStatus(536, 0.0, "Off", null, null, null, "Good", null));
            assertThat(statuses.get(1).switchedLevel()).isNull();
            assertThat(statuses.get(3).switchedLevel()).isEqualTo("Off");
        });
    }

    private static void noContent(LeapMessage m) {
        assertThat(m.status()).isEqualTo(LeapStatus.NO_CONTENT);
        assertThat(m.body()).isNull();
        assertThat(LeapBodies.zones(m)).isEmpty();
        assertThat(LeapBodies.controlStations(m)).isEmpty();
        assertThat(LeapBodies.devices(m)).isEmpty();
    }

    private static Path root() throws URISyntaxException {
        URL url = LeapFixturesTest.class.getResource(ROOT);
        assertThat(url).as("fixtures on the classpath at " + ROOT).isNotNull();
        return Path.of(url.toURI());
    }

    private static List<String> fixtureNames() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyFixtureHasChecksAndEveryCheckHasAFixture() throws Exception {
        assertThat(fixtureNames()).hasSize(43).containsExactlyInAnyOrderElementsOf(CHECKS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureParsesRoundTripsAndReads() throws Exception {
        Path root = root();
        return fixtureNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] bytes = Files.readAllBytes(root.resolve(name));
            String json = new String(bytes, StandardCharsets.UTF_8);

            LeapMessage message = LeapMessage.parse(json);
            assertThat(LeapMessage.parse(bytes, 0, bytes.length)).as(name).isEqualTo(message);
            assertThat(message.clientTag()).as(name).isNull();
            assertThat(message.isError()).as(name).isFalse();

            String written = message.toJson();
            assertThat(written).as(name).startsWith("{\"CommuniqueType\":\"").doesNotContain("\n");
            assertThat(LeapMessage.parse(written)).as(name).isEqualTo(message).hasSameHashCodeAs(message);
            assertThat(MAPPER.readTree(written)).as(name).isEqualTo(MAPPER.readTree(json));

            assertThat(CHECKS).containsKey(name);
            try {
                CHECKS.get(name).accept(message);
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        }));
    }
}
