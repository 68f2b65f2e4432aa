package io.github.camellutron.examples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.examples.HomeAssistantBridge.Command;
import io.github.camellutron.examples.HomeAssistantBridge.Publication;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.paho.PahoConstants;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Home Assistant over MQTT (camel-paho, MQTT 3.1.1): every zone of each bridge's catalog is announced with a retained
 * Home Assistant discovery configuration (a light, switch, fan or cover by the zone's control type), areas with
 * occupancy sensors as occupancy binary sensors, keypad and Pico buttons as device triggers; zone levels and occupancy
 * are kept on retained state topics, and what Home Assistant sends to a command topic becomes a bridge command.
 * Topics and payloads are in {@code docs/example-mqtt.md}.
 *
 * <p>Two routes per bridge: {@code mqtt-events-<name>} publishes (the discovery when the bridge connects, because a
 * LEAP bridge knows its catalog only then), {@code mqtt-commands-<name>} commands. Each bridge's availability topic
 * says {@code online} while its link is up; the broker says {@code offline} for it (the MQTT will) if this process
 * dies, and the events route says it when it stops.
 */
public class MqttRoutes extends RouteBuilder {

    /** Home Assistant's discovery prefix unless changed in its MQTT integration. */
    public static final String DEFAULT_DISCOVERY_PREFIX = "homeassistant";
    /** The first level of the state and command topics. */
    public static final String DEFAULT_BASE_TOPIC = "lutron";

    private static final Logger LOG = LoggerFactory.getLogger(MqttRoutes.class);
    private static final int MAX_IN_FLIGHT = 1000;

    private final List<BridgeEndpoint> bridges;
    private final String brokerUrl;
    private String discoveryPrefix = DEFAULT_DISCOVERY_PREFIX;
    private String baseTopic = DEFAULT_BASE_TOPIC;
    private boolean buttonGestures;
    private String clientOptions = "";

    /**
     * @param bridges   the bridges to bring to Home Assistant; their names are topic levels (letters, digits, {@code -},
     *                  {@code _}) and must differ
     * @param brokerUrl the MQTT broker, such as {@code tcp://broker:1883} or {@code ssl://broker:8883}
     */
    public MqttRoutes(List<BridgeEndpoint> bridges, String brokerUrl) {
        this.bridges = List.copyOf(bridges);
        this.brokerUrl = Objects.requireNonNull(brokerUrl, "brokerUrl");
        Set<String> names = new HashSet<>();
        for (BridgeEndpoint bridge : bridges) {
            if (!names.add(bridge.name())) {
                throw new IllegalArgumentException("Two bridges are named '" + bridge.name() + "'");
            }
        }
    }

    /** Home Assistant's discovery prefix (default {@value #DEFAULT_DISCOVERY_PREFIX}). */
    public MqttRoutes discoveryPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.contains("+") || prefix.contains("#")
            || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("The discovery prefix '" + prefix + "' must be a topic without wildcards"
                                               + " or a leading or trailing /");
        }
        this.discoveryPrefix = prefix;
        return this;
    }

    /**
     * The first level of the state and command topics, and the start of the discovery node ids (default
     * {@value #DEFAULT_BASE_TOPIC}); two installations on one broker take two.
     */
    public MqttRoutes baseTopic(String topic) {
        this.baseTopic = Objects.requireNonNull(topic, "topic");
        return this;
    }

    /**
     * Declare the button triggers as gestures (single tap, double tap, long press) rather than press, release, hold
     * and multi-tap; for bridge endpoints whose consumers emit {@code ButtonGesture} events.
     */
    public MqttRoutes buttonGestures(boolean gestures) {
        this.buttonGestures = gestures;
        return this;
    }

    /**
     * More camel-paho endpoint options for every MQTT client, such as {@code userName=ha&password=RAW(secret)} or
     * {@code sslClientProps=#sslProps}.
     */
    public MqttRoutes clientOptions(String options) {
        this.clientOptions = options == null || options.isEmpty() ? "" : "&" + options;
        return this;
    }

    @Override
    public void configure() throws Exception {
        // what cannot be published, and a command this mapping or the bridge refuses, is logged and dropped: the
        // next event or command goes on
        onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, LOG, "${routeId} dropped a message: ${exception.message}");

        // stopped with the context, after the routes whose stop it announces
        ProducerTemplate template = getContext().createProducerTemplate();
        getContext().addService(template, true, true);

        for (BridgeEndpoint bridge : bridges) {
            HomeAssistantBridge home = new HomeAssistantBridge(bridge, discoveryPrefix, baseTopic, buttonGestures);
            // the will tells Home Assistant the bridge is offline when this client's connection ends unannounced
            String publisher = paho(home.availabilityTopic()) + "&willTopic=" + home.availabilityTopic()
                               + "&willPayload=" + HomeAssistantBridge.OFFLINE + "&willQos=1&willRetained=true";

            from(bridge.uri()).routeId("mqtt-events-" + home.name())
                    .routePolicy(new RoutePolicySupport() {
                        @Override
                        public void onStop(Route route) {
                            template.send(publisher, e -> toMqtt(e.getMessage(), home.availability(false)));
                        }
                    })
                    .process(e -> e.getMessage().setBody(publications(home, bridge, template,
                            e.getMessage().getMandatoryBody(LutronEvent.class))))
                    .split(body())
                        .process(e -> toMqtt(e.getMessage(), e.getMessage().getMandatoryBody(Publication.class)))
                        .to(publisher)
                    .end();

            from(paho(home.commandTopics())).routeId("mqtt-commands-" + home.name())
                    .process(e -> toBridge(home, e.getMessage()))
                    .to(bridge.uri());
        }
    }

    /** On a connect, the catalog's discovery before what the event says (the bridge is online). */
    private static List<Publication> publications(HomeAssistantBridge home, BridgeEndpoint bridge,
                                                  ProducerTemplate template, LutronEvent event) {
        if (event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) {
            LutronCatalog catalog = template.requestBodyAndHeader(bridge.uri(), null, LutronConstants.OPERATION,
                    "catalog", LutronCatalog.class);
            List<Publication> messages = new ArrayList<>(home.discovery(catalog));
            LOG.info("Bridge {}: publishing {} Home Assistant configurations", home.name(), messages.size());
            messages.addAll(home.publications(event));
            return messages;
        }
        return home.publications(event);
    }

    private static void toMqtt(Message message, Publication publication) {
        message.setHeader(PahoConstants.CAMEL_PAHO_OVERRIDE_TOPIC, publication.topic());
        message.setHeader(PahoConstants.CAMEL_PAHO_MSG_RETAINED, publication.retained());
        message.setBody(publication.payload().getBytes(StandardCharsets.UTF_8));
    }

    /** Only the command's headers reach the bridge endpoint: the MQTT message's would be taken for options. */
    private static void toBridge(HomeAssistantBridge home, Message message) {
        String topic = message.getHeader(PahoConstants.MQTT_TOPIC, String.class);
        Command command = home.command(topic, message.getBody(String.class));
        LOG.debug("{} -> {} {}", topic, command.operation(), command.headers());
        message.removeHeaders("*");
        message.setBody(null);
        message.setHeader(LutronConstants.OPERATION, command.operation());
        message.getHeaders().putAll(command.headers());
    }

    /**
     * An endpoint at QoS 1. The Paho client's count of publishes in flight drops only when its callback thread gets to
     * an acknowledgement, which can be after the publish returned: a burst of synchronous publishes (the discovery)
     * on a busy machine can pass the default limit of 10 while only one is really in flight.
     */
    private String paho(String topic) {
        return "paho:" + topic + "?brokerUrl=" + brokerUrl + "&qos=1&maxInflight=" + MAX_IN_FLIGHT + clientOptions;
    }
}
