package io.github.camellutron.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.RoutesBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@link KafkaRoutes} on the demo house, publishing to a real Kafka broker started in this JVM. */
class KafkaRoutesTest extends SimulatedHouseTestSupport {

    private static final String TOPIC = "lutron.events";
    private static final int PARTITIONS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start();
        kafka.createTopic(TOPIC, PARTITIONS);
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
    void publishesEveryEventAsJsonKeyedByZoneOrDevice() {
        try (Records records = new Records()) {
            await().atMost(20, TimeUnit.SECONDS).pollInSameThread().untilAsserted(
                    () -> assertThat(records.poll()).extracting(ConsumerRecord::key).contains("lip/Connection"));
            ConsumerRecord<String, String> connected = records.withKey("lip/Connection").get(0);
            assertThat(json(connected).path("type").asText()).isEqualTo("Connection");
            assertThat(json(connected).path("state").asText()).isEqualTo("Connected");
            assertThat(eventTypeHeader(connected)).isEqualTo("Connection");

            bridge.setLevelFromWall(13, 40);
            // the Pico's "On" button of the living room sets its lamps to 100
            bridge.pressButton(21, 2);

            await().atMost(20, TimeUnit.SECONDS).pollInSameThread().untilAsserted(() -> {
                assertThat(records.poll()).extracting(ConsumerRecord::key).contains("lip/13", "lip/21");
                assertThat(livingRoomLampLevels(records)).contains(100.0);
                assertThat(records.withKey("lip/21")).extracting(ConsumerRecord::value)
                        .anyMatch(value -> value.contains("\"Release\""));
            });

            assertThat(livingRoomLampLevels(records)).containsExactly(40.0, 100.0);
            ConsumerRecord<String, String> lamps = records.withKey("lip/13").stream()
                    .filter(r -> !json(r).path("resync").asBoolean()).findFirst().orElseThrow();
            JsonNode zone = json(lamps);
            assertThat(zone.path("type").asText()).isEqualTo("ZoneStatus");
            assertThat(zone.path("zoneId").asInt()).isEqualTo(13);
            assertThat(zone.path("level").asDouble()).isEqualTo(40.0);
            assertThat(zone.path("name").asText()).isEqualTo("Living Room Lamps");
            assertThat(zone.path("area").asText()).isEqualTo("Living Room");
            assertThat(zone.path("bridge").asText()).isEqualTo(bridge.host() + ":" + bridge.port());
            assertThat(eventTypeHeader(lamps)).isEqualTo("ZoneStatus");
            assertThat(lamps.headers().toArray()).hasSize(1);
            // every record of zone 13, resync included, went to one partition: their order is kept
            assertThat(records.withKey("lip/13")).extracting(ConsumerRecord::partition).containsOnly(lamps.partition());

            List<JsonNode> button = records.withKey("lip/21").stream().map(KafkaRoutesTest::json).toList();
            assertThat(button).extracting(b -> b.path("type").asText()).containsOnly("ButtonEvent");
            assertThat(button).extracting(b -> b.path("deviceId").asInt()).containsOnly(21);
            assertThat(button).extracting(b -> b.path("buttonId").asInt()).containsOnly(2);
            assertThat(button).extracting(b -> b.path("action").asText()).containsExactly("Press", "Release");
            assertThat(eventTypeHeader(records.withKey("lip/21").get(0))).isEqualTo("ButtonEvent");
        }
    }

    /** The levels the living room lamps reported after the first connect, in the order Kafka kept them. */
    private static List<Double> livingRoomLampLevels(Records records) {
        return records.withKey("lip/13").stream().map(KafkaRoutesTest::json)
                .filter(zone -> !zone.path("resync").asBoolean())
                .map(zone -> zone.path("level").asDouble()).toList();
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    private static String eventTypeHeader(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(KafkaRoutes.EVENT_TYPE_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Everything on the topic so far, read from the start of every partition without a consumer group. */
    private static final class Records implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> all = new ArrayList<>();

        Records() {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(TOPIC, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        List<ConsumerRecord<String, String>> poll() {
            consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            return all;
        }

        List<ConsumerRecord<String, String>> withKey(String key) {
            return all.stream().filter(r -> key.equals(r.key())).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
