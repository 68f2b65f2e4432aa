package io.github.camellutron.examples;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellutron.examples.MqttWatcher.Received;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link MqttRoutes} on the demo house (LIP simulator) and a Moquette broker, seen from a plain Paho client as Home
 * Assistant would see it: the discovery it finds, the states it reads, the commands it sends.
 */
class MqttRoutesTest extends SimulatedHouseTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AVAILABILITY = "lutron/lip/availability";
    /** The demo house: 10 zones, 3 areas with motion sensors, 18 buttons with 4 triggers each. */
    private static final int ZONES = 13;
    private static final int OCCUPANCY_SENSORS = 3;
    private static final int TRIGGERS = 18 * 4;

    private EmbeddedMqttBroker broker;
    private MqttWatcher watcher;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        // a broker per test, so that no retained message of one test can pass another
        broker = EmbeddedMqttBroker.start();
        CamelContext context = super.createCamelContext();
        EmbeddedMqttBroker.superviseMqttRoutes(context);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                broker.close();
            }
        }, true, true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new MqttRoutes(List.of(bridgeEndpoint()), broker.url());
    }

    @BeforeEach
    void watch() throws Exception {
        watcher = new MqttWatcher(broker.url(), "homeassistant/#", "lutron/#");
        await().atMost(20, TimeUnit.SECONDS).until(() -> "online".equals(watcher.last(AVAILABILITY)));
    }

    @AfterEach
    void stopWatching() throws Exception {
        watcher.close();
    }

    @Test
    void discoveryIsRetainedAndWhatHomeAssistantDocuments() throws Exception {
        Map<String, Received> configs = MqttWatcher.retained(broker.url(), "homeassistant/#",
                ZONES + OCCUPANCY_SENSORS + TRIGGERS);

        assertThat(configs).hasSize(ZONES + OCCUPANCY_SENSORS + TRIGGERS);
        Map<String, Integer> perComponent = new TreeMap<>();
        Set<String> uniqueIds = new HashSet<>();
        Map<String, Set<String>> triggersPerDevice = new HashMap<>();
        for (Received config : configs.values()) {
            Matcher topic = HomeAssistantSchema.DISCOVERY_TOPIC.matcher(config.topic());
            assertThat(topic.matches()).as(config.topic()).isTrue();
            String component = topic.group(1);
            assertThat(topic.group(2)).isEqualTo("lutron_lip");
            assertThat(config.retained()).as(config.topic()).isTrue();
            JsonNode json = JSON.readTree(config.payload());
            assertThat(HomeAssistantSchema.violations(component, json)).as(config.topic() + " " + json).isEmpty();
            assertThat(json.path("device").path("manufacturer").asText()).isEqualTo("Lutron");
            perComponent.merge(component, 1, Integer::sum);
            if (component.equals("device_automation")) {
                String device = json.path("device").path("identifiers").get(0).asText();
                assertThat(triggersPerDevice.computeIfAbsent(device, d -> new HashSet<>())
                        .add(json.path("type").asText() + " " + json.path("subtype").asText()))
                        .as("type and subtype unique on " + device).isTrue();
            } else {
                assertThat(uniqueIds.add(json.path("unique_id").asText())).as(json.toString()).isTrue();
                assertThat(json.path("availability_topic").asText()).isEqualTo(AVAILABILITY);
            }
        }
        assertThat(perComponent).containsExactlyInAnyOrderEntriesOf(Map.of("light", 6, "switch", 3, "fan", 1,
                "cover", 3, "binary_sensor", OCCUPANCY_SENSORS, "device_automation", TRIGGERS));

        JsonNode lamps = config(configs, "light", "zone_13");
        assertThat(lamps.path("unique_id").asText()).isEqualTo("lutron_lip_zone_13");
        assertThat(lamps.path("name").isNull()).isTrue();
        assertThat(lamps.path("command_topic").asText()).isEqualTo("lutron/lip/zone/13/state/set");
        assertThat(lamps.path("state_topic").asText()).isEqualTo("lutron/lip/zone/13/state");
        assertThat(lamps.path("brightness_scale").asInt()).isEqualTo(100);
        assertThat(lamps.path("device").path("name").asText()).isEqualTo("Living Room Lamps");
        assertThat(lamps.path("device").path("suggested_area").asText()).isEqualTo("Living Room");
        assertThat(config(configs, "switch", "zone_12").path("state_topic").asText())
                .isEqualTo("lutron/lip/zone/12/state");
        JsonNode fan = config(configs, "fan", "zone_14");
        assertThat(fan.path("percentage_command_topic").asText()).isEqualTo("lutron/lip/zone/14/percentage/set");
        JsonNode shade = config(configs, "cover", "zone_15");
        assertThat(shade.path("set_position_topic").asText()).isEqualTo("lutron/lip/zone/15/position/set");
        // a shade only lifts; the office's venetian blind tilts too
        assertThat(shade.has("tilt_command_topic")).isFalse();
        JsonNode blind = config(configs, "cover", "zone_26");
        assertThat(blind.path("tilt_command_topic").asText()).isEqualTo("lutron/lip/zone/26/tilt/set");
        assertThat(blind.path("tilt_status_topic").asText()).isEqualTo("lutron/lip/zone/26/tilt");
        JsonNode kitchen = config(configs, "binary_sensor", "area_2_occupancy");
        assertThat(kitchen.path("device_class").asText()).isEqualTo("occupancy");
        assertThat(kitchen.path("device").path("name").asText()).isEqualTo("Kitchen");
        JsonNode on = config(configs, "device_automation", "device_21_button_2_short_press");
        assertThat(on.path("topic").asText()).isEqualTo("lutron/lip/device/21/button/2");
        assertThat(on.path("subtype").asText()).isEqualTo("button_2");
        assertThat(on.path("payload").asText()).isEqualTo("press");
        assertThat(on.path("device").path("model").asText()).isEqualTo("PICO_KEYPAD");
        assertThat(on.path("device").path("name").asText()).isEqualTo("Living Room Pico");
    }

    @Test
    void statesAreRetainedAndFollowTheWall() throws Exception {
        Map<String, Received> states = MqttWatcher.retained(broker.url(), "lutron/lip/zone/#", 11);
        assertThat(states.values()).allMatch(Received::retained);
        assertThat(states.get("lutron/lip/zone/19/state").payload()).isEqualTo("{\"state\":\"ON\",\"brightness\":25}");
        assertThat(states.get("lutron/lip/zone/13/state").payload()).isEqualTo("{\"state\":\"OFF\"}");
        assertThat(states.get("lutron/lip/zone/12/state").payload()).isEqualTo("OFF");
        assertThat(states.get("lutron/lip/zone/14/state").payload()).isEqualTo("OFF");
        assertThat(states.get("lutron/lip/zone/14/percentage").payload()).isEqualTo("0");
        assertThat(states.get("lutron/lip/zone/15/position").payload()).isEqualTo("100");

        bridge.setLevelFromWall(13, 40);

        String lamps = "lutron/lip/zone/13/state";
        await().atMost(20, TimeUnit.SECONDS).until(() -> "{\"state\":\"ON\",\"brightness\":40}".equals(
                watcher.last(lamps)));
        Received kept = MqttWatcher.retained(broker.url(), lamps, 1).get(lamps);
        assertThat(kept.payload()).isEqualTo("{\"state\":\"ON\",\"brightness\":40}");
        assertThat(kept.retained()).isTrue();
    }

    @Test
    void commandsFromHomeAssistantReachTheBridge() throws Exception {
        watcher.publish("lutron/lip/zone/13/state/set", "{\"state\":\"ON\",\"brightness\":60}");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(13) == 60.0);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "{\"state\":\"ON\",\"brightness\":60}".equals(
                watcher.last("lutron/lip/zone/13/state")));

        // a transition is the fade
        watcher.publish("lutron/lip/zone/13/state/set", "{\"state\":\"ON\",\"brightness\":20,\"transition\":2}");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(13) == 20.0);
        assertThat(bridge.received()).contains("#OUTPUT,13,1,20.00,2");
        watcher.publish("lutron/lip/zone/13/state/set", "{\"state\":\"OFF\"}");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(13) == 0.0);

        watcher.publish("lutron/lip/zone/12/state/set", "ON");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(12) == 100.0);

        // four speeds: 60 % is medium
        watcher.publish("lutron/lip/zone/14/percentage/set", "60");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(14) == 50.0);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "50".equals(watcher.last("lutron/lip/zone/14/percentage")));
        watcher.publish("lutron/lip/zone/14/state/set", "OFF");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(14) == 0.0);
        // on again at the speed it last ran at
        watcher.publish("lutron/lip/zone/14/state/set", "ON");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(14) == 50.0);

        watcher.publish("lutron/lip/zone/15/position/set", "30");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(15) == 30.0);
        watcher.publish("lutron/lip/zone/15/state/set", "CLOSE");
        watcher.publish("lutron/lip/zone/15/state/set", "STOP");
        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.received().containsAll(
                List.of("#OUTPUT,15,3", "#OUTPUT,15,4")));
    }

    @Test
    void aBadCommandIsDroppedAndTheNextOneWorks() throws Exception {
        watcher.publish("lutron/lip/zone/13/state/set", "bright");
        watcher.publish("lutron/lip/zone/13/state/set", "{\"brightness\":\"high\"}");
        watcher.publish("lutron/lip/zone/13/state/set", "{\"state\":\"ON\",\"brightness\":150}");
        watcher.publish("lutron/lip/zone/12/state/set", "YES");
        watcher.publish("lutron/lip/zone/14/percentage/set", "fast");
        watcher.publish("lutron/lip/zone/15/tilt/set", "50");
        watcher.publish("lutron/lip/zone/99/state/set", "ON");
        watcher.publish("lutron/lip/zone/kitchen/state/set", "ON");

        watcher.publish("lutron/lip/zone/13/state/set", "{\"state\":\"ON\",\"brightness\":70}");

        await().atMost(20, TimeUnit.SECONDS).until(() -> bridge.level(13) == 70.0);
        // commands are taken in order: the bad ones before it sent nothing
        assertThat(bridge.received()).filteredOn(line -> line.startsWith("#OUTPUT"))
                .containsExactly("#OUTPUT,13,1,70.00");
        assertThat(context.getRouteController().getRouteStatus("mqtt-commands-lip").isStarted()).isTrue();
    }

    @Test
    void occupancyAndButtons() throws Exception {
        bridge.setOccupancy(2, true);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "ON".equals(watcher.last("lutron/lip/area/2/occupancy")));
        bridge.setOccupancy(2, false);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "OFF".equals(watcher.last("lutron/lip/area/2/occupancy")));

        // the living room has no sensor in the catalog: it is declared when it first reports
        String livingRoom = "homeassistant/binary_sensor/lutron_lip/area_3_occupancy/config";
        assertThat(watcher.last(livingRoom)).isNull();
        bridge.setOccupancy(3, true);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "ON".equals(watcher.last("lutron/lip/area/3/occupancy")));
        JsonNode config = JSON.readTree(watcher.last(livingRoom));
        assertThat(HomeAssistantSchema.violations("binary_sensor", config)).isEmpty();
        assertThat(config.path("device").path("name").asText()).isEqualTo("Living Room");

        bridge.pressButton(21, 2);
        String button = "lutron/lip/device/21/button/2";
        await().atMost(20, TimeUnit.SECONDS).until(() -> watcher.payloads(button).size() == 2);
        assertThat(watcher.payloads(button)).containsExactly("press", "release");
    }

    @Test
    void availabilityFollowsTheBridgeLinkAndTheRoute() throws Exception {
        bridge.refuseConnections(true);
        bridge.dropConnections();
        await().atMost(20, TimeUnit.SECONDS).until(() -> "offline".equals(watcher.last(AVAILABILITY)));
        assertThat(MqttWatcher.retained(broker.url(), AVAILABILITY, 1).get(AVAILABILITY).payload())
                .isEqualTo("offline");

        bridge.refuseConnections(false);
        await().atMost(30, TimeUnit.SECONDS).until(() -> "online".equals(watcher.last(AVAILABILITY)));

        context.getRouteController().stopRoute("mqtt-events-lip");
        await().atMost(20, TimeUnit.SECONDS).until(() -> "offline".equals(watcher.last(AVAILABILITY)));
        Received kept = MqttWatcher.retained(broker.url(), AVAILABILITY, 1).get(AVAILABILITY);
        assertThat(kept.payload()).isEqualTo("offline");
        assertThat(kept.retained()).isTrue();
    }

    private static JsonNode config(Map<String, Received> configs, String component, String objectId)
            throws Exception {
        Received config = configs.get("homeassistant/" + component + "/lutron_lip/" + objectId + "/config");
        assertThat(config).as(component + " " + objectId).isNotNull();
        return JSON.readTree(config.payload());
    }
}
