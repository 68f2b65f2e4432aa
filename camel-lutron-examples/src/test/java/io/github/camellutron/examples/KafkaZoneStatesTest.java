package io.github.camellutron.examples;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer group that reads the topic of {@link KafkaRoutes} from its beginning rebuilds, with {@link ZoneStates},
 * the level every zone of the bridge has now, changes made across a reconnect included.
 */
class KafkaZoneStatesTest extends SimulatedHouseTestSupport {

    private static final String TOPIC = "lutron.zone-states";

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopic(TOPIC, 3);
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new KafkaRoutes(List.of(bridgeEndpoint()), kafka.bootstrapServers(), TOPIC);
    }

    @Test
    void aNewConsumerGroupRebuildsTheLevelOfEveryZone() {
        bridge.setLevelFromWall(13, 40);
        bridge.setLevelFromWall(10, 75);
        bridge.setLevelFromWall(13, 65);
        // a reconnect publishes a resync of every zone, changed ones included
        bridge.dropConnections();
        bridge.setLevelFromWall(11, 20);

        Map<String, Object> group = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "zone-state-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(group, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            ZoneStates states = new ZoneStates();
            await().atMost(30, TimeUnit.SECONDS).pollInSameThread().untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> states.apply(r.key(), r.value()));
                for (int zone : bridge.house().zoneIds()) {
                    assertThat(states.level(BRIDGE_NAME, zone)).as("zone %d", zone).isEqualTo(bridge.level(zone));
                }
            });
            assertThat(states.level(BRIDGE_NAME, 13)).isEqualTo(65.0);
            assertThat(states.level(BRIDGE_NAME, 11)).isEqualTo(20.0);
            assertThat(states.zones()).hasSize(bridge.house().zoneIds().size());
        }
    }

}
