package io.github.camellutron.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.moquette.broker.Server;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.SupervisingRouteController;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A Moquette MQTT 3.1.1 broker in the test JVM, on a free loopback port, anonymous and in memory: retained messages
 * live as long as the broker. Its telemetry, which would report to the Moquette project, is off.
 *
 * <p>Moquette 0.17 marks a connection connected only once a task that it queues after sending CONNACK has run, so a
 * client that subscribes at once, as camel-paho's consumer and Paho's {@code MqttClient} do, is now and then
 * disconnected as "already closed". {@link #superviseMqttRoutes(CamelContext)} and {@link MqttWatcher} try again.
 */
final class EmbeddedMqttBroker implements AutoCloseable {

    private final Server server = new Server();
    private final int port;

    private EmbeddedMqttBroker(int port) {
        this.port = port;
    }

    static EmbeddedMqttBroker start() throws IOException {
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(AvailablePortFinder.getNextAvailable());
        Properties properties = new Properties();
        properties.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        properties.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(broker.port));
        properties.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        properties.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        // nothing is written there with persistence off, but the broker checks the folder
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "embedded-mqtt")), "data-");
        properties.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, data.toAbsolutePath().toString());
        broker.server.startServer(new MemoryConfig(properties));
        return broker;
    }

    /**
     * Starts the {@code mqtt-*} routes under Camel's supervising route controller, as the demo does: one whose MQTT
     * client is refused is started again a moment later instead of failing the context.
     */
    static void superviseMqttRoutes(CamelContext context) {
        SupervisingRouteController routes = context.getRouteController().supervising();
        routes.setIncludeRoutes("mqtt-*");
        routes.setBackOffDelay(200);
        routes.setBackOffMaxAttempts(10);
    }

    /** The broker as camel-paho and the Paho client take it: {@code tcp://127.0.0.1:PORT}. */
    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
