package io.github.camellutron.examples;

import java.util.List;

import io.github.camellutron.LutronConstants;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Publishes every event of each bridge to a Kafka topic: the event's JSON as the record value, keyed
 * {@code <bridge name>/<zone id | device id | event type>} so that the events of one zone or one keypad stay
 * in order in one partition, with the event type as the only record header ({@value #EVENT_TYPE_HEADER}).
 * One route per bridge, with the id {@code kafka-<bridge name>}.
 */
public class KafkaRoutes extends RouteBuilder {

    /** The Kafka record header that carries the event type ({@code ZoneStatus}, {@code ButtonEvent}, ...). */
    public static final String EVENT_TYPE_HEADER = "eventType";

    private final List<BridgeEndpoint> bridges;
    private final String brokers;
    private final String topic;

    /**
     * @param bridges the bridges whose events to publish
     * @param brokers Kafka bootstrap servers, {@code host:port[,host:port]}
     * @param topic   the topic to publish to
     */
    public KafkaRoutes(List<BridgeEndpoint> bridges, String brokers, String topic) {
        this.bridges = List.copyOf(bridges);
        this.brokers = brokers;
        this.topic = topic;
    }

    @Override
    public void configure() {
        // acks=all with idempotence: no event lost or duplicated by a retry, and a key's records keep their order
        String kafka = "kafka:" + topic + "?brokers=" + brokers
                       + "&requestRequiredAcks=all&enableIdempotence=true&lingerMs=5";
        for (BridgeEndpoint bridge : bridges) {
            from(bridge.uri()).routeId("kafka-" + bridge.name())
                    // off the bridge's I/O thread, which a send waiting for Kafka metadata would otherwise hold up;
                    // a single thread keeps the events in the order the bridge sent them
                    .threads(1, 1).threadName("kafka-" + bridge.name())
                    .process(exchange -> exchange.getMessage().setHeader(KafkaConstants.KEY,
                            key(bridge.name(), exchange.getMessage())))
                    // the only record header: camel-kafka does not send Camel* headers such as CamelLutronZoneId
                    .setHeader(EVENT_TYPE_HEADER, header(LutronConstants.EVENT_TYPE))
                    .convertBodyTo(String.class)
                    .to(kafka);
        }
    }

    /** The record key: per zone, else per device (keypad, Pico), else per event type. */
    static String key(String bridgeName, Message event) {
        Object id = event.getHeader(LutronConstants.ZONE_ID);
        if (id == null) {
            id = event.getHeader(LutronConstants.DEVICE_ID);
        }
        if (id == null) {
            id = event.getHeader(LutronConstants.EVENT_TYPE);
        }
        return bridgeName + "/" + id;
    }
}
