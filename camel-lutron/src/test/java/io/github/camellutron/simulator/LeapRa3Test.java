package io.github.camellutron.simulator;

import static io.github.camellutron.simulator.LeapTestClient.fixture;
import static io.github.camellutron.simulator.LeapTestClient.json;
import static io.github.camellutron.simulator.LeapTestClient.withoutTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;

/** A RadioRA 3 processor: pylutron's RA3 login sequence from the fixtures, tagged events, LEDs and area occupancy. */
class LeapRa3Test {

    private static final List<Integer> AREAS = List.of(3, 83, 547, 766, 2796);
    private static final List<Integer> KEYPADS = List.of(1488, 2139, 2171, 2939, 5341);

    @TempDir
    static Path dir;

    private LeapBridgeSimulator simulator;

    @BeforeEach
    void start() {
        simulator = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3).build().start();
        simulator.writeClientFiles(dir, "ra3");
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private LeapTestClient connect() {
        return LeapTestClient.connect(simulator, dir, "ra3");
    }

    @Test
    void loginSequenceIsAnsweredWithTheRecordedRepliesAndTheRequestsTag() {
        try (LeapTestClient client = connect()) {
            expectFixture(client.read("/area", "t1"), "t1", "areas.json");
            expectFixture(client.read("/project", "t2"), "t2", "project.json");
            expectFixture(client.read("/device?where=IsThisDevice:true", "t3"), "t3", "processor.json");
            for (int area : AREAS) {
                expectFixture(client.read("/area/" + area + "/associatedcontrolstation", "cs" + area), "cs" + area,
                        "area/" + area + "/controlstation.json");
                expectFixture(client.read("/area/" + area + "/associatedzone", "z" + area), "z" + area,
                        "area/" + area + "/associatedzone.json");
                expectFixture(client.read("/area/" + area, "a" + area), "a" + area,
                        "area/" + area + "/ra3-area" + area + ".json");
            }
            for (int device : KEYPADS) {
                expectFixture(client.read("/device/" + device + "/buttongroup/expanded", "bg" + device),
                        "bg" + device, "device/" + device + "/buttongroup.json");
                expectFixture(client.read("/device/" + device, "d" + device), "d" + device,
                        "device/" + device + "/device.json");
            }
            LeapMessage led = client.ask(CommuniqueType.SubscribeRequest, "/led/2144/status", "led", null);
            assertThat(led.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            assertThat(led.clientTag()).isEqualTo("led");
            assertThat(led.bodyType()).isEqualTo("OneLEDStatus");
            assertThat(led.body().path("LEDStatus").path("State").asText()).isEqualTo("Off");
            expectFixture(client.ask(CommuniqueType.SubscribeRequest, "/zone/status", "zs", null), "zs",
                    "zonestatus.json");
            LeapMessage button = client.ask(CommuniqueType.SubscribeRequest, "/button/2149/status/event", "b", null);
            assertThat(button.status()).isEqualTo(LeapStatus.NO_CONTENT);
            expectFixture(client.read("/device?where=IsThisDevice:false", "t4"), "t4", "device-list.json");
            expectFixture(client.ask(CommuniqueType.SubscribeRequest, "/area/status", "as", null), "as",
                    "area/status-subscribe.json");
            expectFixture(client.read("/area/status", "t5"), "t5", "area/status.json");
        }
        assertThat(simulator.zoneIds()).containsExactlyInAnyOrder(536, 1361, 1377, 1393, 2091, 2107, 2010);
        assertThat(simulator.buttonIds()).contains(1492, 2149, 2153, 2157, 2161);
        assertThat(simulator.ledState(2144)).isEqualTo("Off");
    }

    @Test
    void deviceListIsEmptyAsRecorded() {
        try (LeapTestClient client = connect()) {
            LeapMessage devices = client.read("/device", "dev");
            assertThat(devices.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(devices.status()).isEqualTo(LeapStatus.NO_CONTENT);
            assertThat(devices.body()).isNull();
            assertThat(devices.bodyType()).isNull();
            assertThat(devices.clientTag()).isEqualTo("dev");
            assertThat(client.read("/server/2/id", "lip").status().code()).as("no LIP on RA3").isEqualTo(404);
            assertThat(client.read("/virtualbutton", "vb").status().code()).as("no scenes on RA3").isEqualTo(404);
            assertThat(client.ask(CommuniqueType.SubscribeRequest, "/system/away/1/status", "away", null).status()
                    .code()).as("no Smart Away on RA3").isEqualTo(404);
            assertThat(client.ask(CommuniqueType.UpdateRequest, "/system/away/1/status", "set",
                    json("{\"AwayStatus\":{\"EnabledState\":\"Enabled\"}}")).status().code()).isEqualTo(404);
            assertThat(client.read("/device/2139/status", "battery").status().code()).isEqualTo(404);
        }
        assertThat(simulator.smartAway()).isNull();
        assertThatThrownBy(() -> simulator.setSmartAway(true)).hasMessageContaining("no Smart Away");
    }

    @Test
    void zoneChangesGoTaggedToZoneStatusSubscribersOnly() {
        try (LeapTestClient subscriber = connect(); LeapTestClient other = connect()) {
            subscriber.ask(CommuniqueType.SubscribeRequest, "/zone/status", "zones", null);
            LeapMessage created = other.ask(CommuniqueType.CreateRequest, "/zone/2091/commandprocessor", "go",
                    json("{\"Command\":{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\","
                         + "\"Value\":65}]}}"));
            assertThat(created.status()).isEqualTo(LeapStatus.CREATED);
            assertThat(created.clientTag()).isEqualTo("go");

            LeapMessage event = subscriber.next();
            assertThat(event.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(event.clientTag()).isEqualTo("zones");
            assertThat(event.url()).isEqualTo("/zone/status");
            assertThat(event.bodyType()).isEqualTo("MultipleZoneStatus");
            JsonNode status = event.body().path("ZoneStatuses").get(0);
            assertThat(status.path("Zone").path("href").asText()).isEqualTo("/zone/2091");
            assertThat(status.path("Level").asInt()).isEqualTo(65);
            // the sender did not subscribe: its next message answers its next request
            assertThat(other.read("/server/1/status/ping", "p").clientTag()).isEqualTo("p");

            simulator.setLevelFromWall(536, 30);
            JsonNode wall = subscriber.next().body().path("ZoneStatuses").get(0);
            assertThat(wall.path("SwitchedLevel").asText()).as("a switched zone").isEqualTo("On");
            assertThat(wall.path("Level").asInt()).isEqualTo(100);
            assertThat(simulator.level(536)).isEqualTo(100.0);
            assertThat(subscriber.read("/zone/536/status", "z").body().path("ZoneStatus").path("SwitchedLevel")
                    .asText()).isEqualTo("On");
        }
    }

    @Test
    void areaOccupancyGoesToAreaStatusSubscribers() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/area/status", "areas", null);
            simulator.setOccupancy(766, "Occupied");
            LeapMessage event = client.next();
            assertThat(event.clientTag()).isEqualTo("areas");
            assertThat(event.url()).isEqualTo("/area/status");
            assertThat(event.bodyType()).isEqualTo("MultipleAreaStatus");
            JsonNode status = event.body().path("AreaStatuses").get(0);
            assertThat(status.path("href").asText()).isEqualTo("/area/766/status");
            assertThat(status.path("OccupancyStatus").asText()).isEqualTo("Occupied");
            LeapMessage read = client.read("/area/766/status", "now");
            assertThat(read.bodyType()).isEqualTo("OneAreaStatus");
            assertThat(read.body().path("AreaStatus").path("OccupancyStatus").asText()).isEqualTo("Occupied");
            assertThat(simulator.occupancy(766)).isEqualTo("Occupied");
        }
    }

    @Test
    void ledChangesFromTheTestApiAndFromUpdatesReachSubscribers() {
        try (LeapTestClient keypad = connect(); LeapTestClient app = connect()) {
            keypad.ask(CommuniqueType.SubscribeRequest, "/led/2144/status", "led", null);
            simulator.setLed(2144, "On");
            LeapMessage event = keypad.next();
            assertThat(event.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(event.clientTag()).isEqualTo("led");
            assertThat(event.url()).isEqualTo("/led/2144/status");
            assertThat(event.bodyType()).isEqualTo("OneLEDStatus");
            assertThat(event.body().path("LEDStatus").path("State").asText()).isEqualTo("On");

            LeapMessage updated = app.ask(CommuniqueType.UpdateRequest, "/led/2144/status", "off",
                    json("{\"LEDStatus\":{\"State\":\"Off\"}}"));
            assertThat(updated.type()).isEqualTo(CommuniqueType.UpdateResponse);
            assertThat(updated.status()).isEqualTo(LeapStatus.OK);
            assertThat(updated.body().path("LEDStatus").path("State").asText()).isEqualTo("Off");
            assertThat(keypad.next().body().path("LEDStatus").path("State").asText()).isEqualTo("Off");
            assertThat(simulator.ledState(2144)).isEqualTo("Off");

            assertThat(app.ask(CommuniqueType.UpdateRequest, "/led/2144/status", "bad",
                    json("{\"LEDStatus\":{\"State\":\"Blink\"}}")).status().code()).isEqualTo(400);
            assertThat(app.read("/led/1/status", "none").status().code()).isEqualTo(404);
        }
    }

    @Test
    void keypadButtonsReportPressAndRelease() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/button/2149/status/event", "bright", null);
            assertThat(client.ask(CommuniqueType.CreateRequest, "/button/2149/commandprocessor", "press",
                    json("{\"Command\":{\"CommandType\":\"PressAndHold\"}}")).status()).isEqualTo(LeapStatus.CREATED);
            List<String> events = new ArrayList<>();
            events.add(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText());
            simulator.pressButton(2149);
            events.add(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText());
            events.add(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText());
            assertThat(events).containsExactly("Press", "Press", "Release");
            assertThat(client.ask(CommuniqueType.SubscribeRequest, "/button/1/status/event", "none", null)
                    .status().code()).isEqualTo(404);
        }
    }

    @Test
    void aKeypadPressLightsTheLedOfTheSceneItRecalls() {
        try (LeapTestClient keypad = connect(); LeapTestClient app = connect()) {
            keypad.ask(CommuniqueType.SubscribeRequest, "/led/2144/status", "bright", null);
            assertThat(app.ask(CommuniqueType.CreateRequest, "/button/2149/commandprocessor", "tap",
                    json("{\"Command\":{\"CommandType\":\"PressAndRelease\"}}")).status())
                    .isEqualTo(LeapStatus.CREATED);
            LeapMessage lit = keypad.next();
            assertThat(lit.clientTag()).isEqualTo("bright");
            assertThat(lit.url()).isEqualTo("/led/2144/status");
            assertThat(lit.bodyType()).isEqualTo("OneLEDStatus");
            assertThat(lit.body().path("LEDStatus").path("State").asText()).isEqualTo("On");
            assertThat(simulator.ledState(2144)).isEqualTo("On");

            // another scene of the keypad: its LED lights, the first one's goes out
            keypad.ask(CommuniqueType.SubscribeRequest, "/led/2145/status", "entertain", null);
            simulator.pressButton(2153);
            LeapMessage out = keypad.next();
            assertThat(out.clientTag()).isEqualTo("bright");
            assertThat(out.body().path("LEDStatus").path("State").asText()).isEqualTo("Off");
            LeapMessage entertain = keypad.next();
            assertThat(entertain.clientTag()).isEqualTo("entertain");
            assertThat(entertain.body().path("LEDStatus").path("State").asText()).isEqualTo("On");
            assertThat(simulator.ledState(2144)).isEqualTo("Off");
            assertThat(simulator.ledState(2145)).isEqualTo("On");
            // the scene already shown: nothing changes, nothing is reported
            simulator.pressButton(2153);
            keypad.expectSilence(Duration.ofMillis(300));
            // another keypad's scenes are its own
            simulator.pressButton(2181);
            assertThat(simulator.ledState(2176)).isEqualTo("On");
            assertThat(simulator.ledState(2145)).isEqualTo("On");
        }
    }

    private static void expectFixture(LeapMessage reply, String tag, String fixture) {
        assertThat(reply.clientTag()).as(fixture).isEqualTo(tag);
        assertThat(withoutTag(reply)).as(fixture).isEqualTo(fixture("ra3", fixture));
    }
}
