package io.github.camellutron.simulator;

import static io.github.camellutron.simulator.LeapTestClient.fixture;
import static io.github.camellutron.simulator.LeapTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapHref;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;

/**
 * The made-up large RadioRA 3 house: read the way a client discovers a processor, it has the sizes asked for, in the
 * shapes of the recorded messages; its zones take commands like the recorded ones; and the simulator counts the
 * requests it is sent and how many wait for their answer at once.
 */
class LeapLargeHouseTest {

    @TempDir
    Path dir;

    private LeapBridgeSimulator simulator;

    private LeapTestClient connect(LeapBridgeSimulator.Builder builder) {
        simulator = builder.build().start();
        simulator.writeClientFiles(dir, "big");
        return LeapTestClient.connect(simulator, dir, "big");
    }

    private static LeapBridgeSimulator.Builder house(int areas, int zones, int keypads) {
        return LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3).largeHouse(areas, zones, keypads);
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void readAsAClientDiscoversItTheHouseHasTheSizesAskedForInTheRecordedShapes() {
        try (LeapTestClient client = connect(house(100, 1000, 300))) {
            assertThat(client.read("/project", "p").body().path("Project").path("ProductType").asText())
                    .isEqualTo("Lutron RadioRA 3 Project");
            assertThat(client.read("/device", "d").status()).isEqualTo(LeapStatus.NO_CONTENT);
            JsonNode recordedArea = fixture("ra3", "areas.json").path("Body").path("Areas").get(1);
            JsonNode recordedZone = fixture("ra3", "area/766/associatedzone.json").path("Body").path("Zones").get(0);
            JsonNode recordedStation = fixture("ra3", "area/766/controlstation.json").path("Body")
                    .path("ControlStations").get(0);
            JsonNode recordedButton = fixture("ra3", "device/2171/buttongroup.json").path("Body")
                    .path("ButtonGroupsExpanded").get(0).path("Buttons").get(0);

            List<JsonNode> areas = list(client.read("/area", "a"), "Areas");
            assertThat(areas).hasSize(100);
            Map<Integer, JsonNode> byId = new HashMap<>();
            areas.forEach(a -> byId.put(LeapHref.id(a.path("href").asText()), a));
            List<JsonNode> leaves = areas.stream().filter(a -> a.path("IsLeaf").asBoolean()).toList();
            assertThat(areas.get(0).path("Name").asText()).isEqualTo("Home");
            assertThat(areas.get(0).has("Parent")).isFalse();
            assertThat(areas.stream().filter(a -> a.path("Name").asText().startsWith("Floor "))).hasSize(4)
                    .allMatch(f -> f.path("Parent").path("href").asText().equals(areas.get(0).path("href").asText()));
            assertThat(leaves).hasSize(95).allSatisfy(room -> {
                assertThat(names(room)).isEqualTo(names(recordedArea));
                assertThat(byId.get(LeapHref.id(room.path("Parent").path("href").asText())).path("Name").asText())
                        .startsWith("Floor ");
            });
            assertThat(leaves.get(0).path("Name").asText()).isEqualTo("Room 1");

            List<JsonNode> zones = new ArrayList<>();
            List<Integer> devices = new ArrayList<>();
            for (JsonNode room : leaves) {
                String href = room.path("href").asText();
                List<JsonNode> roomZones = list(client.read(href + "/associatedzone", "z"), "Zones");
                assertThat(roomZones).hasSizeBetween(10, 11)
                        .allMatch(z -> z.path("AssociatedArea").path("href").asText().equals(href))
                        .allSatisfy(z -> assertThat(names(z)).isEqualTo(names(recordedZone)));
                assertThat(roomZones.get(0).path("Name").asText()).isEqualTo("Downlights");
                zones.addAll(roomZones);
                for (JsonNode station : list(client.read(href + "/associatedcontrolstation", "s"), "ControlStations")) {
                    assertThat(names(station)).isEqualTo(names(recordedStation));
                    station.path("AssociatedGangedDevices").forEach(g -> {
                        assertThat(names(g)).isEqualTo(names(recordedStation.path("AssociatedGangedDevices").get(0)));
                        devices.add(LeapHref.id(g.path("Device").path("href").asText()));
                    });
                }
            }
            assertThat(zones).hasSize(1000);
            assertThat(zones.stream().map(z -> z.path("href").asText()).distinct()).hasSize(1000);
            assertThat(simulator.zoneIds()).hasSize(1000);

            int keypads = 0;
            Set<Integer> buttons = new HashSet<>();
            Set<String> engravings = new HashSet<>();
            for (int device : devices) {
                String type = client.read("/device/" + device, "d").body().path("Device").path("DeviceType").asText();
                LeapMessage groups = client.read("/device/" + device + "/buttongroup/expanded", "bg");
                if (type.equals("SunnataDimmer") || type.equals("SunnataSwitch")) {
                    // as the recorded dimmers: no button groups to read
                    assertThat(groups.status().code()).isEqualTo(404);
                    continue;
                }
                keypads++;
                for (JsonNode button : list(groups, "ButtonGroupsExpanded").get(0).path("Buttons")) {
                    buttons.add(LeapHref.id(button.path("href").asText()));
                    if (type.equals("SunnataKeypad")) {
                        assertThat(names(button)).isEqualTo(names(recordedButton));
                        assertThat(engravings.add(button.path("Engraving").path("Text").asText())).isTrue();
                        int led = LeapHref.id(button.path("AssociatedLED").path("href").asText());
                        assertThat(simulator.ledState(led)).isEqualTo("Off");
                    } else {
                        assertThat(type).isEqualTo("Pico3ButtonRaiseLower");
                        assertThat(button.has("AssociatedLED")).isFalse();
                    }
                }
            }
            assertThat(keypads).isEqualTo(300);
            assertThat(engravings).contains("Room 1 Bright", "Room 1 Reading");
            assertThat(simulator.buttonIds()).containsExactlyInAnyOrderElementsOf(buttons);

            List<JsonNode> statuses = list(client.read("/area/status", "as"), "AreaStatuses");
            assertThat(statuses).hasSize(100);
            assertThat(statuses.stream().map(s -> s.path("OccupancyStatus").asText()).distinct())
                    .containsExactlyInAnyOrder("Unknown", "Unoccupied");
        }
    }

    @Test
    void itsZonesTakeCommandsAndPushTheirStatusToTheSubscribers() {
        try (LeapTestClient subscriber = connect(house(12, 120, 24));
             LeapTestClient other = LeapTestClient.connect(simulator, dir, "big")) {
            LeapMessage subscribed = subscriber.ask(CommuniqueType.SubscribeRequest, "/zone/status", "zones", null);
            assertThat(list(subscribed, "ZoneStatuses")).hasSize(120);
            int dimmed = simulator.zoneIds().get(0);
            assertThat(simulator.zoneName(dimmed)).isEqualTo("Downlights");
            LeapMessage created = other.ask(CommuniqueType.CreateRequest, "/zone/" + dimmed + "/commandprocessor", "go",
                    json("{\"Command\":{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\","
                         + "\"Value\":65}]}}"));
            assertThat(created.status()).isEqualTo(LeapStatus.CREATED);
            JsonNode pushed = subscriber.next().body().path("ZoneStatuses").get(0);
            assertThat(pushed.path("Zone").path("href").asText()).isEqualTo("/zone/" + dimmed);
            assertThat(pushed.path("Level").asInt()).isEqualTo(65);
            assertThat(simulator.level(dimmed)).isEqualTo(65.0);

            int lamps = simulator.zoneIds().get(4);
            assertThat(simulator.zoneName(lamps)).isEqualTo("Lamps");
            simulator.setLevelFromWall(lamps, 40);
            JsonNode wall = subscriber.next().body().path("ZoneStatuses").get(0);
            assertThat(wall.path("SwitchedLevel").asText()).isEqualTo("On");
            assertThat(other.read("/zone/" + lamps + "/status", "r").body().path("ZoneStatus").path("Level").asInt())
                    .isEqualTo(100);
            assertThat(simulator.level(simulator.zoneIds().get(3))).as("a shade, open").isEqualTo(100.0);
        }
    }

    @Test
    void longListsComeInPages() {
        try (LeapTestClient client = connect(house(100, 200, 10).pageSize(40))) {
            List<String> hrefs = new ArrayList<>();
            JsonNode paging = null;
            int pages = 0;
            do {
                client.send(LeapMessage.request(CommuniqueType.ReadRequest, "/area", null).withClientTag("a")
                        .withPaging(paging).toJson());
                LeapMessage page = client.next();
                page.body().path("Areas").forEach(a -> hrefs.add(a.path("href").asText()));
                paging = page.header().paging();
                pages++;
            } while (paging != null);
            assertThat(pages).isEqualTo(3);
            assertThat(hrefs).hasSize(100).doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameSizesMakeTheSameHouse() {
        List<String> first;
        try (LeapTestClient client = connect(house(30, 100, 20))) {
            first = List.of(client.read("/area", "a").toJson(), client.read("/zone/status", "z").toJson());
        }
        simulator.close();
        try (LeapTestClient client = connect(house(30, 100, 20))) {
            assertThat(List.of(client.read("/area", "a").toJson(), client.read("/zone/status", "z").toJson()))
                    .isEqualTo(first);
        }
    }

    @Test
    void requestsAreCountedAndAnAnswerDelayShowsHowManyWaitAtOnce() {
        try (LeapTestClient client = connect(house(3, 4, 1))) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.read("/server/1/status/ping", "p" + i).clientTag()).isEqualTo("p" + i);
            }
            assertThat(simulator.requestCount()).isEqualTo(3);
            assertThat(simulator.peakRequestsInFlight()).as("one at a time").isEqualTo(1);

            simulator.resetRequestCounts();
            simulator.delayAnswers(Duration.ofMillis(100));
            for (int i = 0; i < 5; i++) {
                client.send(CommuniqueType.ReadRequest, "/server/1/status/ping", "q" + i, null);
            }
            for (int i = 0; i < 5; i++) {
                assertThat(client.next().clientTag()).as("answers keep the order of the requests").isEqualTo("q" + i);
            }
            assertThat(simulator.requestCount()).isEqualTo(5);
            assertThat(simulator.peakRequestsInFlight()).isEqualTo(5);
            simulator.resetRequestCounts();
            assertThat(simulator.requestCount()).isZero();
            assertThat(simulator.peakRequestsInFlight()).isZero();
        }
    }

    @Test
    void aLargeHouseIsARadioRa3House() {
        assertThatThrownBy(() -> LeapBridgeSimulator.builder().largeHouse(10, 10, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mode.RA3");
        assertThatThrownBy(() -> house(1, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 areas");
    }

    private static List<JsonNode> list(LeapMessage message, String field) {
        List<JsonNode> entries = new ArrayList<>();
        message.body().path(field).forEach(entries::add);
        return entries;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
