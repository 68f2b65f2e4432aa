package io.github.camellutron.examples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import static org.awaitility.Awaitility.await;

/**
 * An MQTT client as Home Assistant is one, on the Paho client directly (not Camel): it subscribes and keeps every
 * message it receives, and it publishes commands. A broker marks a message retained only when it delivers it for a
 * new subscription, so {@link #retained(String, String, int)} subscribes anew to see what the broker keeps; it does so
 * at QoS 0, because Moquette 0.17 clears the retain flag when it delivers a retained message at QoS 1 or 2.
 */
final class MqttWatcher implements AutoCloseable {

    /** A message as it was delivered. */
    record Received(String topic, String payload, boolean retained) {
    }

    private final MqttClient client;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Received> last = new ConcurrentHashMap<>();

    MqttWatcher(String brokerUrl, String... topicFilters) {
        this(brokerUrl, 1, topicFilters);
    }

    private MqttWatcher(String brokerUrl, int qos, String... topicFilters) {
        // a subscription the broker refuses (see EmbeddedMqttBroker) is made again on a new connection
        client = await().atMost(20, TimeUnit.SECONDS).ignoreExceptionsInstanceOf(MqttException.class)
                .until(() -> subscribed(brokerUrl, qos, topicFilters), c -> c != null);
    }

    private MqttClient subscribed(String brokerUrl, int qos, String... topicFilters) throws MqttException {
        MqttClient mqtt = new MqttClient(brokerUrl, "watcher-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        try {
            mqtt.connect(options);
            for (String filter : topicFilters) {
                mqtt.subscribe(filter, qos, (topic, message) -> {
                    Received r = new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
                            message.isRetained());
                    received.add(r);
                    last.put(topic, r);
                });
            }
            return mqtt;
        } catch (MqttException e) {
            received.clear();
            last.clear();
            mqtt.close(true);
            throw e;
        }
    }

    /** What the broker keeps under a filter, as a new subscription gets it: at least {@code expected} messages. */
    static Map<String, Received> retained(String brokerUrl, String topicFilter, int expected) throws MqttException {
        try (MqttWatcher fresh = new MqttWatcher(brokerUrl, 0, topicFilter)) {
            await().atMost(20, TimeUnit.SECONDS).until(() -> fresh.last.size() >= expected);
            return new TreeMap<>(fresh.last);
        }
    }

    /** The last payload on a topic, or null. */
    String last(String topic) {
        Received r = last.get(topic);
        return r == null ? null : r.payload();
    }

    /** Every payload on a topic so far, in order. */
    List<String> payloads(String topic) {
        return received.stream().filter(r -> r.topic().equals(topic)).map(Received::payload).toList();
    }

    /** Publishes as Home Assistant does a command: QoS 1, not retained. */
    void publish(String topic, String payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        message.setRetained(false);
        client.publish(topic, message);
    }

    @Override
    public void close() throws MqttException {
        try {
            client.disconnect();
        } finally {
            client.close();
        }
    }
}
