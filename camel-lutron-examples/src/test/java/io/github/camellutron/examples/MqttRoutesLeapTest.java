package io.github.camellutron.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.examples.MqttWatcher.Received;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link MqttRoutes} on the Caseta house of the LEAP simulator: what LEAP adds over LIP, the named fan speeds, the
 * tilt of blinds and the occupancy groups.
 */
class MqttRoutesLeapTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AVAILABILITY = "lutron/leap/availability";
    private static final int FAN = 2;
    private static final int LIGHTS = 1;
    private static final int TILT_ONLY_BLINDS = 3;
    private static final int SHADE = 6;

    private EmbeddedMqttBroker broker;
    private LeapBridgeSimulator leap;
    private BridgeEndpoint endpoint;
    private MqttWatcher watcher;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        broker = EmbeddedMqttBroker.start();
        leap = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.CASETA).build().start();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "embedded-mqtt")), "leap-");
        leap.writeClientFiles(dir, "leap");
        endpoint = new BridgeEndpoint("leap", "lutron-leap:127.0.0.1:" + leap.port() + "?clientCertificate=file:"
                                              + dir.resolve("leap.crt") + "&clientKey=file:" + dir.resolve("leap.key")
                                              + "&bridgeCertificate=file:" + dir.resolve("leap-bridge.crt"));
        CamelContext context = super.createCamelContext();
        EmbeddedMqttBroker.superviseMqttRoutes(context);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                leap.close();
                broker.close();
            }
        }, true, true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new MqttRoutes(List.of(endpoint), broker.url());
    }

    @BeforeEach
    void watch() throws Exception {
        watcher = new MqttWatcher(broker.url(), "homeassistant/#", "lutron/#");
        await().atMost(30, TimeUnit.SECONDS).until(() -> "online".equals(watcher.last(AVAILABILITY)));
    }

    @AfterEach
    void stopWatching() throws Exception {
        watcher.close();
    }

    @Test
    void discoveryOfTheCasetaHouse() throws Exception {
        LutronCatalog catalog = template.requestBodyAndHeader(endpoint.uri(), null, LutronConstants.OPERATION, "catalog",
                LutronCatalog.class);
        int triggers = catalog.buttons().size() * 4;
        // areas 3 and 4 have occupancy sensors; occupancy group 1 covers area 2, which has none, and reports its
        // state when the consumer subscribes: area 2 is declared then
        Map<String, Received> configs = MqttWatcher.retained(broker.url(), "homeassistant/#", 5 + 3 + triggers);

        Map<String, Integer> perComponent = new TreeMap<>();
        for (Received config : configs.values()) {
            Matcher topic = HomeAssistantSchema.DISCOVERY_TOPIC.matcher(config.topic());
            assertThat(topic.matches()).as(config.topic()).isTrue();
            assertThat(config.retained()).isTrue();
            JsonNode json = JSON.readTree(config.payload());
            assertThat(HomeAssistantSchema.violations(topic.group(1), json)).as(config.topic() + " " + json).isEmpty();
            perComponent.merge(topic.group(1), 1, Integer::sum);
        }
        assertThat(perComponent).containsExactlyInAnyOrderEntriesOf(Map.of("light", 1, "fan", 1, "cover", 3,
                "binary_sensor", 3, "device_automation", triggers));

        JsonNode blinds = config(configs, "cover", "zone_" + TILT_ONLY_BLINDS);
        assertThat(blinds.path("tilt_command_topic").asText()).isEqualTo("lutron/leap/zone/3/tilt/set");
        assertThat(blinds.path("tilt_status_topic").asText()).isEqualTo("lutron/leap/zone/3/tilt");
        // a blind that only tilts has no position to set
        assertThat(blinds.has("set_position_topic")).isFalse();
        JsonNode shade = config(configs, "cover", "zone_" + SHADE);
        assertThat(shade.path("set_position_topic").asText()).isEqualTo("lutron/leap/zone/6/position/set");
        assertThat(shade.has("tilt_command_topic")).isFalse();
        // a LEAP device knows its model number
        Button pico = catalog.devices().stream().filter(d -> "Pico3ButtonRaiseLower".equals(d.type()))
                .flatMap(d -> d.buttons().stream()).findFirst().orElseThrow();
        JsonNode trigger = config(configs, "device_automation",
                "device_" + pico.deviceId() + "_button_" + pico.id() + "_short_press");
        assertThat(trigger.path("device").path("model").asText()).isEqualTo("PJ2-3BRL-GXX-X01");
    }

    @Test
    void commandsOnTheCasetaHouse() throws Exception {
        watcher.publish("lutron/leap/zone/" + LIGHTS + "/state/set", "{\"state\":\"ON\",\"brightness\":45}");
        await().atMost(20, TimeUnit.SECONDS).until(() -> Double.valueOf(45).equals(leap.level(LIGHTS)));

        // 80 % is the nearest of the four speeds to medium-high, which LEAP takes by name
        watcher.publish("lutron/leap/zone/" + FAN + "/percentage/set", "80");
        await().atMost(20, TimeUnit.SECONDS).until(() -> Double.valueOf(75).equals(leap.level(FAN)));
        await().atMost(20, TimeUnit.SECONDS).until(() -> "75".equals(watcher.last("lutron/leap/zone/2/percentage")));
        assertThat(leap.received()).anyMatch(request -> request.contains("GoToFanSpeed")
                                                        && request.contains("MediumHigh"));

        watcher.publish("lutron/leap/zone/" + TILT_ONLY_BLINDS + "/tilt/set", "40");
        await().atMost(20, TimeUnit.SECONDS).until(() -> "40".equals(watcher.last("lutron/leap/zone/3/tilt")));

        watcher.publish("lutron/leap/zone/" + SHADE + "/position/set", "30");
        await().atMost(20, TimeUnit.SECONDS).until(() -> "30".equals(watcher.last("lutron/leap/zone/6/position")));
    }

    @Test
    void buttonsAndOccupancyGroups() throws Exception {
        LutronCatalog catalog = template.requestBodyAndHeader(endpoint.uri(), null, LutronConstants.OPERATION, "catalog",
                LutronCatalog.class);
        Button button = catalog.buttons().get(0);
        String topic = "lutron/leap/device/" + button.deviceId() + "/button/" + button.id();

        leap.pressButton(button.id());

        await().atMost(20, TimeUnit.SECONDS).until(() -> watcher.payloads(topic).size() == 2);
        assertThat(watcher.payloads(topic)).containsExactly("press", "release");

        // occupancy group 2 covers area 3, where an occupancy sensor is
        leap.setOccupancy(2, "Occupied");
        await().atMost(20, TimeUnit.SECONDS).until(() -> "ON".equals(watcher.last("lutron/leap/area/3/occupancy")));
    }

    private static JsonNode config(Map<String, Received> configs, String component, String objectId)
            throws Exception {
        Received config = configs.get("homeassistant/" + component + "/lutron_leap/" + objectId + "/config");
        assertThat(config).as(component + " " + objectId).isNotNull();
        return JSON.readTree(config.payload());
    }
}
