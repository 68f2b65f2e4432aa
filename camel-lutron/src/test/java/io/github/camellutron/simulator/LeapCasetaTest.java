package io.github.camellutron.simulator;

import static io.github.camellutron.simulator.LeapTestClient.fixture;
import static io.github.camellutron.simulator.LeapTestClient.json;
import static io.github.camellutron.simulator.LeapTestClient.withoutTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;

/** A Caseta Smart Bridge: pylutron's login sequence answered from the fixtures, events, commands and errors. */
class LeapCasetaTest {

    @TempDir
    static Path dir;

    private LeapBridgeSimulator simulator;

    @BeforeEach
    void start() {
        simulator = LeapBridgeSimulator.builder().build().start();
        simulator.writeClientFiles(dir, "caseta");
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private LeapTestClient connect() {
        return LeapTestClient.connect(simulator, dir, "caseta");
    }

    /** Connects to another simulator, which has its own CA, with files it wrote. */
    private static LeapTestClient connect(LeapBridgeSimulator other) {
        other.writeClientFiles(dir, "other");
        return LeapTestClient.connect(other, dir, "other");
    }

    @Test
    void loginSequenceIsAnsweredWithTheRecordedRepliesAndTheRequestsTag() {
        Map<String, String> reads = Map.of("/area", "areas.json", "/project", "project.json",
                "/device", "devices.json", "/button", "buttons.json",
                "/virtualbutton", "scenes.json", "/occupancygroup", "occupancygroups.json");
        List<String> order = List.of("/area", "/project", "/device", "/button", "/server/2/id", "/virtualbutton",
                "/occupancygroup");
        try (LeapTestClient client = connect()) {
            for (String url : order) {
                LeapMessage reply = client.read(url, "tag-" + url);
                if (url.equals("/server/2/id")) {
                    // a bridge that is not a Smart Bridge Pro has no LIP: an error, which pylutron ignores
                    assertThat(reply.type()).isEqualTo(CommuniqueType.ExceptionResponse);
                    assertThat(reply.status()).isEqualTo(new LeapStatus(404, "NotFound"));
                    assertThat(reply.clientTag()).isEqualTo("tag-" + url);
                    continue;
                }
                assertThat(reply.clientTag()).isEqualTo("tag-" + url);
                assertThat(withoutTag(reply)).as(url).isEqualTo(fixture("caseta", reads.get(url)));
            }
            LeapMessage occupancy = client.ask(CommuniqueType.SubscribeRequest, "/occupancygroup/status", "occ", null);
            assertThat(occupancy.clientTag()).isEqualTo("occ");
            assertThat(withoutTag(occupancy)).isEqualTo(fixture("caseta", "occupancygroupsubscribe.json"));
            for (int button : List.of(101, 102, 103)) {
                String url = "/button/" + button + "/status/event";
                LeapMessage ack = client.ask(CommuniqueType.SubscribeRequest, url, "b" + button, null);
                assertThat(ack.clientTag()).isEqualTo("b" + button);
                assertThat(ack.status()).isEqualTo(LeapStatus.NO_CONTENT);
                assertThat(ack.body()).isNull();
                if (button == 101) {
                    assertThat(withoutTag(ack)).isEqualTo(fixture("caseta", "buttonsubscribe.json"));
                }
            }
            LeapMessage away = client.ask(CommuniqueType.SubscribeRequest, "/system/away/1/status", "away", null);
            assertThat(withoutTag(away)).isEqualTo(fixture("caseta", "smartaway.json"));
            for (int zone : List.of(1, 2, 6, 3, 4)) {
                LeapMessage status = client.read("/zone/" + zone + "/status", "z" + zone);
                assertThat(status.clientTag()).isEqualTo("z" + zone);
                assertThat(status.bodyType()).isEqualTo("OneZoneStatus");
                JsonNode zoneStatus = status.body().path("ZoneStatus");
                assertThat(zoneStatus.path("href").asText()).isEqualTo("/zone/" + zone + "/status");
                assertThat(zoneStatus.path("Zone").path("href").asText()).isEqualTo("/zone/" + zone);
                assertThat(zoneStatus.path("Level").asInt(-1)).isZero();
            }
            assertThat(client.read("/zone/2/status", "fan").body().path("ZoneStatus").path("FanSpeed").asText())
                    .isEqualTo("Off");
            assertThat(client.read("/zone/3/status", "tilt").body().path("ZoneStatus").has("Tilt")).isTrue();
        }
        assertThat(simulator.zoneIds()).containsExactly(1, 2, 6, 3, 4);
        assertThat(simulator.buttonIds()).containsExactly(101, 102, 103);
    }

    @Test
    void recordedRepliesKeepTheirFieldOrderAndUntaggedRequestsGetUntaggedReplies() {
        try (LeapTestClient client = connect()) {
            // leap-js and openHAB end requests with LF only, and openHAB sends no ClientTag
            client.sendRaw("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/project\"}}\n"
                    .getBytes(StandardCharsets.UTF_8));
            String line = client.readLine();
            assertThat(line).startsWith("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
                                        + "\"OneProjectDefinition\",\"StatusCode\":\"200 OK\",\"Url\":\"/project\"}");
            assertThat(LeapMessage.parse(line).clientTag()).isNull();
        }
    }

    @Test
    void otherReadsAnswerPlausibly() {
        try (LeapTestClient client = connect()) {
            LeapMessage servers = client.read("/server", "s");
            assertThat(servers.bodyType()).isEqualTo("MultipleServerDefinition");
            assertThat(servers.body().path("Servers")).as("no LIP server but on a Pro").hasSize(1);
            assertThat(servers.body().path("Servers").get(0).path("Endpoints").get(0).path("Port").asInt())
                    .isEqualTo(8081);
            assertThat(client.read("/device/2", "d").body().path("Device").path("Name").asText()).isEqualTo("Lights");
            assertThat(client.read("/area/3", "a").body().path("Area").path("Name").asText())
                    .isEqualTo("Living Room");
            assertThat(client.read("/zone/2", "z").body().path("Zone").path("ControlType").asText())
                    .isEqualTo("FanSpeed");
            LeapMessage bridge = client.read("/device?where=IsThisDevice:true", "self");
            assertThat(bridge.body().path("Devices")).hasSize(1);
            assertThat(bridge.body().path("Devices").get(0).path("DeviceType").asText()).isEqualTo("SmartBridge");
            assertThat(client.read("/device?where=IsThisDevice:false", "others").body().path("Devices")).hasSize(10);
            LeapMessage setting = client.ask(CommuniqueType.UpdateRequest, "/clientsetting", "cs",
                    json("{\"ClientSetting\":{\"ClientMajorVersion\":1}}"));
            assertThat(setting.type()).isEqualTo(CommuniqueType.UpdateResponse);
            assertThat(setting.body().path("ClientSetting").path("Permissions").path("SessionRole").asText())
                    .isEqualTo("Admin");
        }
    }

    @Test
    void wallLevelChangeIsPushedUntaggedToEveryConnection() {
        try (LeapTestClient first = connect(); LeapTestClient second = connect()) {
            simulator.setLevelFromWall(1, 40);
            for (LeapTestClient client : List.of(first, second)) {
                LeapMessage push = client.next();
                assertThat(push.type()).isEqualTo(CommuniqueType.ReadResponse);
                assertThat(push.clientTag()).isNull();
                assertThat(push.url()).isEqualTo("/zone/1/status");
                assertThat(push.bodyType()).isEqualTo("OneZoneStatus");
                assertThat(push.body().path("ZoneStatus").path("Level").asInt()).isEqualTo(40);
            }
            assertThat(simulator.level(1)).isEqualTo(40.0);
        }
    }

    @Test
    void zoneCommandIsCreatedThenReportedUntagged() {
        try (LeapTestClient client = connect(); LeapTestClient watcher = connect()) {
            LeapMessage created = client.ask(CommuniqueType.CreateRequest, "/zone/1/commandprocessor", "c1",
                    json("{\"Command\":{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\","
                         + "\"Value\":75}]}}"));
            assertThat(created.type()).isEqualTo(CommuniqueType.CreateResponse);
            assertThat(created.status()).isEqualTo(LeapStatus.CREATED);
            assertThat(created.clientTag()).isEqualTo("c1");
            assertThat(created.url()).isEqualTo("/zone/1/commandprocessor");
            assertThat(created.body()).isNull();
            for (LeapTestClient each : List.of(client, watcher)) {
                LeapMessage status = each.next();
                assertThat(status.clientTag()).isNull();
                assertThat(status.body().path("ZoneStatus").path("Level").asInt()).isEqualTo(75);
            }
            assertThat(simulator.level(1)).isEqualTo(75.0);
        }
    }

    @Test
    void everyZoneCommandChangesItsZone() {
        try (LeapTestClient client = connect()) {
            JsonNode dimmed = command(client, 1, "{\"CommandType\":\"GoToDimmedLevel\",\"DimmedLevelParameters\":"
                                                 + "{\"Level\":30,\"FadeTime\":\"00:00:02\","
                                                 + "\"DelayTime\":\"00:00:01\"}}");
            assertThat(dimmed.path("Level").asInt()).isEqualTo(30);
            JsonNode on = command(client, 1, "{\"CommandType\":\"GoToSwitchedLevel\",\"SwitchedLevelParameters\":"
                                             + "{\"SwitchedLevel\":\"On\"}}");
            assertThat(on.path("Level").asInt()).isEqualTo(100);
            JsonNode fan = command(client, 2, "{\"CommandType\":\"GoToFanSpeed\",\"FanSpeedParameters\":"
                                              + "{\"FanSpeed\":\"MediumHigh\"}}");
            assertThat(fan.path("FanSpeed").asText()).isEqualTo("MediumHigh");
            assertThat(fan.path("Level").asInt()).isEqualTo(75);
            JsonNode fanLevel = command(client, 2, "{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\","
                                                   + "\"Value\":60}]}");
            assertThat(fanLevel.path("FanSpeed").asText()).isEqualTo("Medium");
            JsonNode tilt = command(client, 3, "{\"CommandType\":\"GoToTilt\",\"TiltParameters\":{\"Tilt\":30}}");
            assertThat(tilt.path("Tilt").asInt()).isEqualTo(30);
            JsonNode white = command(client, 1, "{\"CommandType\":\"GoToWhiteTuningLevel\","
                                                + "\"WhiteTuningLevelParameters\":{\"Level\":50,"
                                                + "\"WhiteTuningLevel\":{\"Kelvin\":3000}}}");
            assertThat(white.path("Level").asInt()).isEqualTo(50);
            assertThat(white.path("ColorTuningStatus").path("WhiteTuningLevel").path("Kelvin").asInt()).isEqualTo(3000);
            JsonNode spectrum = command(client, 1, "{\"CommandType\":\"GoToSpectrumTuningLevel\","
                                                   + "\"SpectrumTuningLevelParameters\":{\"ColorTuningStatus\":"
                                                   + "{\"HSVTuningLevel\":{\"Hue\":120,\"Saturation\":80}}}}");
            assertThat(spectrum.path("Level").asInt()).isEqualTo(50);
            assertThat(spectrum.path("ColorTuningStatus").path("HSVTuningLevel").path("Hue").asInt()).isEqualTo(120);
        }
        assertThat(simulator.level(2)).isEqualTo(50.0);
        assertThat(simulator.level(3)).isZero();
    }

    @Test
    void raiseAndLowerReportWhenTheZoneStops() {
        try (LeapBridgeSimulator slow = LeapBridgeSimulator.builder().travelTime(Duration.ofHours(1)).build().start();
             LeapTestClient client = connect(slow)) {
            assertThat(client.ask(CommuniqueType.CreateRequest, "/zone/6/commandprocessor", "up",
                    json("{\"Command\":{\"CommandType\":\"Raise\"}}")).status()).isEqualTo(LeapStatus.CREATED);
            client.expectSilence(Duration.ofMillis(200));
            assertThat(client.ask(CommuniqueType.CreateRequest, "/zone/6/commandprocessor", "stop",
                    json("{\"Command\":{\"CommandType\":\"Stop\"}}")).clientTag()).isEqualTo("stop");
            LeapMessage stopped = client.next();
            assertThat(stopped.url()).isEqualTo("/zone/6/status");
            assertThat(stopped.body().path("ZoneStatus").path("Level").asDouble()).isBetween(0.0, 1.0);
        }
        try (LeapBridgeSimulator fast = LeapBridgeSimulator.builder().travelTime(Duration.ofMillis(300)).build()
                .start();
             LeapTestClient client = connect(fast)) {
            fast.setLevelFromWall(6, 50);
            client.next();
            client.ask(CommuniqueType.CreateRequest, "/zone/6/commandprocessor", "down",
                    json("{\"Command\":{\"CommandType\":\"Lower\"}}"));
            assertThat(client.next().body().path("ZoneStatus").path("Level").asInt()).isZero();
            assertThat(fast.level(6)).isZero();
        }
    }

    @Test
    void buttonEventsReachTheButtonsSubscribersWithTheSubscriptionsTag() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/button/101/status/event", "sub-101", null);
            simulator.pressButton(101);
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                LeapMessage event = client.next();
                assertThat(event.type()).isEqualTo(CommuniqueType.ReadResponse);
                assertThat(event.clientTag()).isEqualTo("sub-101");
                assertThat(event.url()).isEqualTo("/button/101/status/event");
                assertThat(event.bodyType()).isEqualTo("OneButtonStatusEvent");
                assertThat(event.body().path("ButtonStatus").path("Button").path("href").asText())
                        .isEqualTo("/button/101");
                events.add(event.body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText());
            }
            assertThat(events).containsExactly("Press", "Release");

            simulator.buttonEvent(101, "LongHold");
            assertThat(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText())
                    .isEqualTo("LongHold");
            // button 102 has no subscription on this connection
            simulator.pressButton(102);
            assertThat(client.read("/server/1/status/ping", "after").clientTag()).isEqualTo("after");

            assertThat(client.ask(CommuniqueType.CreateRequest, "/button/101/commandprocessor", "tap",
                    json("{\"Command\":{\"CommandType\":\"PressAndRelease\"}}")).status())
                    .isEqualTo(LeapStatus.CREATED);
            assertThat(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText())
                    .isEqualTo("Press");
            assertThat(client.next().body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText())
                    .isEqualTo("Release");
        }
    }

    @Test
    void aPlayedButtonSendsEachStepAtItsOffsetFromTheStart() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/button/102/status/event", "sub-102", null);
            long start = System.nanoTime();
            CompletableFuture<Void> played = simulator.playButton(102, ButtonScript.start().press().pause(300)
                    .hold().pause(100).release().multiTap());
            assertThat(played).isNotDone();
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                LeapMessage event = client.next();
                assertThat(event.clientTag()).isEqualTo("sub-102");
                events.add(event.body().path("ButtonStatus").path("ButtonEvent").path("EventType").asText());
            }
            played.join();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(events).containsExactly("Press", "LongHold", "Release", "MultiTap");
            assertThatThrownBy(() -> simulator.playButton(999, ButtonScript.start().press()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no button 999");
        }
    }

    @Test
    void unsubscribeEndsASubscription() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/button/103/status/event", "sub", null);
            LeapMessage ended = client.ask(CommuniqueType.UnsubscribeRequest, "/button/103/status/event", "unsub",
                    null);
            assertThat(ended.type()).isEqualTo(CommuniqueType.UnsubscribeResponse);
            assertThat(ended.status()).isEqualTo(LeapStatus.NO_CONTENT);
            simulator.pressButton(103);
            assertThat(client.read("/server/1/status/ping", "quiet").clientTag()).isEqualTo("quiet");
            assertThat(client.ask(CommuniqueType.UnsubscribeRequest, "/button/103/status/event", "again", null)
                    .status().code()).isEqualTo(404);
        }
    }

    @Test
    void sceneSetsItsZones() {
        try (LeapTestClient client = connect()) {
            LeapMessage created = client.ask(CommuniqueType.CreateRequest, "/virtualbutton/1/commandprocessor",
                    "scene", json("{\"Command\":{\"CommandType\":\"PressAndRelease\"}}"));
            assertThat(created.status()).isEqualTo(LeapStatus.CREATED);
            assertThat(client.next().url()).isEqualTo("/zone/1/status");
            assertThat(client.next().url()).isEqualTo("/zone/6/status");
            assertThat(simulator.level(1)).isEqualTo(75.0);
            assertThat(simulator.level(6)).isEqualTo(50.0);
            assertThat(client.ask(CommuniqueType.CreateRequest, "/virtualbutton/99/commandprocessor", "none",
                    json("{\"Command\":{\"CommandType\":\"PressAndRelease\"}}")).status().code()).isEqualTo(404);
        }
    }

    @Test
    void occupancyChangesReachTheSubscribers() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/occupancygroup/status", "occ", null);
            simulator.setOccupancy(2, "Unoccupied");
            LeapMessage event = client.next();
            assertThat(event.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(event.clientTag()).isEqualTo("occ");
            assertThat(event.bodyType()).isEqualTo("MultipleOccupancyGroupStatus");
            JsonNode status = event.body().path("OccupancyGroupStatuses").get(0);
            assertThat(status.path("OccupancyGroup").path("href").asText()).isEqualTo("/occupancygroup/2");
            assertThat(status.path("OccupancyStatus").asText()).isEqualTo("Unoccupied");
            assertThat(simulator.occupancy(2)).isEqualTo("Unoccupied");
            LeapMessage read = client.read("/occupancygroup/status", "now");
            assertThat(read.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(read.body().path("OccupancyGroupStatuses").get(1).path("OccupancyStatus").asText())
                    .isEqualTo("Unoccupied");
        }
    }

    @Test
    void occupancySubscribeResponseMayComeUntagged() {
        try (LeapBridgeSimulator quirky = LeapBridgeSimulator.builder().untaggedOccupancySubscribeResponse(true)
                .build().start();
             LeapTestClient client = connect(quirky)) {
            LeapMessage subscribed = client.ask(CommuniqueType.SubscribeRequest, "/occupancygroup/status", "occ",
                    null);
            assertThat(subscribed.type()).isEqualTo(CommuniqueType.SubscribeResponse);
            assertThat(subscribed.clientTag()).isNull();
            quirky.setOccupancy(3, "Occupied");
            assertThat(client.next().clientTag()).isEqualTo("occ");
        }
    }

    @Test
    void aSmartBridgeProAnswersTheLipIdsOfItsDevicesAndZones() {
        try (LeapBridgeSimulator pro = LeapBridgeSimulator.builder().lipServer(true).build().start();
             LeapTestClient client = connect(pro)) {
            LeapMessage servers = client.read("/server", "s");
            assertThat(servers.body().path("Servers").get(1).path("href").asText()).isEqualTo("/server/2");
            assertThat(servers.body().path("Servers").get(1).path("Type").asText()).isEqualTo("LIP");

            LeapMessage ids = client.read("/server/2/id", "lip");
            assertThat(ids.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(ids.clientTag()).isEqualTo("lip");
            assertThat(ids.url()).isEqualTo("/server/2/id");
            assertThat(ids.bodyType()).isEqualTo(fixture("caseta", "lip.json").at("/Header/MessageBodyType").asText());
            JsonNode devices = ids.body().at("/LIPIdList/Devices");
            assertThat(devices).hasSize(3);
            assertThat(devices.get(0)).isEqualTo(json("{\"Name\":\"Smart Bridge\",\"ID\":1,\"Buttons\":["
                                                     + "{\"Name\":\"scene 1\",\"Number\":1},"
                                                     + "{\"Name\":\"Button 2\",\"Number\":2}]}"));
            assertThat(devices.get(1)).as("the Pico, in the shape of the recorded lip.json")
                    .isEqualTo(json("{\"Name\":\"Pico\",\"ID\":28,\"Area\":{\"Name\":\"Master Bathroom\"},"
                                    + "\"Buttons\":[{\"Number\":2},{\"Number\":3},{\"Number\":4},{\"Number\":5},"
                                    + "{\"Number\":6}]}"));
            assertThat(devices.get(2)).isEqualTo(json("{\"Name\":\"Blinds Remote\",\"ID\":29,\"Area\":"
                                                     + "{\"Name\":\"Living Room\"}}"));
            List<String> zones = new ArrayList<>();
            ids.body().at("/LIPIdList/Zones").forEach(z -> zones.add(z.path("ID").asInt() + " "
                                                                     + z.path("Area").path("Name").asText() + " / "
                                                                     + z.path("Name").asText()));
            assertThat(zones).containsExactly("22 Hallway / Lights", "23 Hallway / Fan", "27 Living Room / Living Shade 3",
                    "30 Living Room / Blinds", "31 Living Room / WoodBlinds");
        }
        assertThatThrownBy(() -> LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3).lipServer(true)
                .build()).hasMessageContaining("lipServer");
    }

    @Test
    void smartAwayChangedInTheAppIsPushed() {
        try (LeapTestClient client = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/system/away/1/status", "away", null);
            assertThat(simulator.smartAway()).isEqualTo("Enabled");
            simulator.setSmartAway(false);
            LeapMessage event = client.next();
            assertThat(event.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(event.clientTag()).isEqualTo("away");
            assertThat(event.url()).isEqualTo("/system/away/1/status");
            assertThat(event.body().path("AwayStatus").path("EnabledState").asText()).isEqualTo("Disabled");
            assertThat(simulator.smartAway()).isEqualTo("Disabled");
            assertThat(client.read("/system/away/1/status", "now").body().path("AwayStatus").path("EnabledState")
                    .asText()).isEqualTo("Disabled");
        }
    }

    @Test
    void smartAwayUpdatesAreAnsweredAndPushed() {
        try (LeapTestClient client = connect(); LeapTestClient app = connect()) {
            client.ask(CommuniqueType.SubscribeRequest, "/system/away/1/status", "away", null);
            LeapMessage updated = app.ask(CommuniqueType.UpdateRequest, "/system/away/1/status", "set",
                    json("{\"AwayStatus\":{\"EnabledState\":\"Disabled\"}}"));
            assertThat(updated.type()).isEqualTo(CommuniqueType.UpdateResponse);
            assertThat(updated.body().path("AwayStatus").path("EnabledState").asText()).isEqualTo("Disabled");
            LeapMessage event = client.next();
            assertThat(event.clientTag()).isEqualTo("away");
            assertThat(event.body().path("AwayStatus").path("EnabledState").asText()).isEqualTo("Disabled");
        }
    }

    @Test
    void aShadeAnswersItsBatteryStatus() {
        try (LeapTestClient client = connect()) {
            LeapMessage battery = client.read("/device/7/status", "battery");
            assertThat(battery.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(battery.status()).isEqualTo(LeapStatus.OK);
            assertThat(battery.clientTag()).isEqualTo("battery");
            assertThat(battery.bodyType()).isEqualTo("OneDeviceStatus");
            assertThat(battery.body().path("DeviceStatus").path("href").asText()).isEqualTo("/device/7/status");
            assertThat(battery.body().path("DeviceStatus").path("BatteryStatus").path("LevelState").asText())
                    .isEqualTo("Good");

            simulator.setBattery(10, "Low");
            assertThat(client.read("/device/10/status", "blinds").body().path("DeviceStatus").path("BatteryStatus")
                    .path("LevelState").asText()).isEqualTo("Low");
            assertThat(client.read("/device/11/status", "tilt").status()).isEqualTo(LeapStatus.OK);

            LeapMessage dimmer = client.read("/device/2/status", "dimmer");
            assertThat(dimmer.type()).as("no battery in a dimmer").isEqualTo(CommuniqueType.ExceptionResponse);
            assertThat(dimmer.status()).isEqualTo(new LeapStatus(404, "NotFound"));
            assertThat(dimmer.clientTag()).isEqualTo("dimmer");
            assertThat(client.read("/device/8/status", "pico").status().code()).isEqualTo(404);
            assertThat(client.read("/device/99/status", "none").status().code()).isEqualTo(404);
        }
        assertThatThrownBy(() -> simulator.setBattery(2, "Low")).hasMessageContaining("has no battery");
        assertThatThrownBy(() -> simulator.setBattery(7, "Empty")).hasMessageContaining("'Empty'");
    }

    @Test
    void errorsAreExceptionResponsesWithDetail() {
        try (LeapTestClient client = connect()) {
            LeapMessage unknown = client.read("/nothing/here", "e1");
            assertThat(unknown.type()).isEqualTo(CommuniqueType.ExceptionResponse);
            assertThat(unknown.status()).isEqualTo(new LeapStatus(404, "NotFound"));
            assertThat(unknown.bodyType()).isEqualTo("ExceptionDetail");
            assertThat(unknown.clientTag()).isEqualTo("e1");
            assertThat(unknown.url()).isEqualTo("/nothing/here");
            assertThat(unknown.body().path("Message").asText()).isNotBlank();

            assertThat(client.read("/zone/99/status", "e2").status().code()).isEqualTo(404);
            assertThat(client.read("/led/1/status", "e3").status().code()).as("no LEDs on Caseta").isEqualTo(404);
            assertThat(commandStatus(client, 99, "{\"Command\":{\"CommandType\":\"GoToLevel\",\"Parameter\":"
                                                 + "[{\"Type\":\"Level\",\"Value\":10}]}}")).isEqualTo(404);
            assertThat(commandStatus(client, 1, "{\"Command\":{\"CommandType\":\"GoToLevel\",\"Parameter\":"
                                                + "[{\"Type\":\"Level\",\"Value\":150}]}}")).isEqualTo(400);
            assertThat(commandStatus(client, 1, "{\"Command\":{\"CommandType\":\"Dance\"}}")).isEqualTo(400);
            assertThat(commandStatus(client, 1, "{\"Command\":\"GoToLevel\"}")).isEqualTo(400);
            assertThat(commandStatus(client, 1, "{\"Command\":{\"CommandType\":\"GoToDimmedLevel\","
                                                + "\"DimmedLevelParameters\":{\"Level\":10,\"FadeTime\":\"2s\"}}}"))
                    .isEqualTo(400);
            assertThat(commandStatus(client, 1, "{\"Command\":{\"CommandType\":\"GoToFanSpeed\","
                                                + "\"FanSpeedParameters\":{\"FanSpeed\":\"High\"}}}"))
                    .as("not a fan").isEqualTo(400);
            assertThat(commandStatus(client, 2, "{\"Command\":{\"CommandType\":\"GoToFanSpeed\","
                                                + "\"FanSpeedParameters\":{\"FanSpeed\":\"Turbo\"}}}")).isEqualTo(400);
            LeapMessage noBody = client.ask(CommuniqueType.CreateRequest, "/zone/1/commandprocessor", "e4", null);
            assertThat(noBody.status().code()).isEqualTo(400);
            assertThat(noBody.clientTag()).isEqualTo("e4");

            LeapMessage wrongVerb = client.ask(CommuniqueType.CreateRequest, "/project", "e5", json("{}"));
            assertThat(wrongVerb.status()).isEqualTo(new LeapStatus(405, "MethodNotAllowed"));
            client.send("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/project\",\"ClientTag\":\"e6\"}}");
            assertThat(client.next().status().code()).isEqualTo(400);
            client.send("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"ClientTag\":\"e7\"}}");
            assertThat(client.next().status().code()).isEqualTo(400);
        }
        assertThat(simulator.level(1)).isZero();
    }

    private static JsonNode command(LeapTestClient client, int zone, String command) {
        LeapMessage created = client.ask(CommuniqueType.CreateRequest, "/zone/" + zone + "/commandprocessor",
                "cmd", json("{\"Command\":" + command + "}"));
        assertThat(created.status()).as(command).isEqualTo(LeapStatus.CREATED);
        LeapMessage status = client.next();
        assertThat(status.url()).isEqualTo("/zone/" + zone + "/status");
        return status.body().path("ZoneStatus");
    }

    private static int commandStatus(LeapTestClient client, int zone, String body) {
        LeapMessage reply = client.ask(CommuniqueType.CreateRequest, "/zone/" + zone + "/commandprocessor", "bad",
                json(body));
        assertThat(reply.type()).isEqualTo(CommuniqueType.ExceptionResponse);
        assertThat(reply.bodyType()).isEqualTo("ExceptionDetail");
        return reply.status().code();
    }
}
