package io.github.camellutron.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.main.Main;
import org.apache.camel.util.URISupport;

/**
 * The demo: two simulated houses (a RadioRA 2 system over LIP, a Caseta system over LEAP) with someone living in
 * them, or real bridges, and the example routes: a log with names, a database with every event and the current
 * state, Kafka and Home Assistant over MQTT when configured, an HTTP API with a live page, a YAML route and an
 * automation. Runs until Ctrl-C.
 */
public final class DemoApplication {

    private final DemoOptions options;

    public DemoApplication(DemoOptions options) {
        this.options = options;
    }

    public void run() throws Exception {
        Path data = Path.of("demo-data");
        Files.createDirectories(data);
        LipBridgeSimulator lipSimulator = null;
        LeapBridgeSimulator leapSimulator = null;
        ScriptedOccupant occupant = null;
        try {
            List<BridgeEndpoint> bridges = new ArrayList<>();
            Main main = new Main();
            if (options.simulated()) {
                lipSimulator = LipBridgeSimulator.builder().httpPort(0).build().start();
                leapSimulator = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.CASETA).build().start();
                Path certificates = data.resolve("simulated-caseta");
                Files.createDirectories(certificates);
                leapSimulator.writeClientFiles(certificates, "caseta");
                bridges.add(new BridgeEndpoint("lip", "lutron-lip:" + lipSimulator.host() + ":" + lipSimulator.port()
                                                      + "?integrationReport=" + lipSimulator.integrationReportUrl()));
                bridges.add(new BridgeEndpoint("leap", leap(leapSimulator.host() + ":" + leapSimulator.port(),
                        certificates, "caseta")));
                main.configure().addRoutesBuilder(new HallwayAutomation(bridges.get(0)));
                main.addInitialProperty("lutron.lip.uri", bridges.get(0).uri());
                main.configure().withRoutesIncludePattern("classpath:routes/*.camel.yaml");
                occupant = new ScriptedOccupant(lipSimulator, leapSimulator);
            } else {
                if (options.lipHost() != null) {
                    bridges.add(new BridgeEndpoint("lip", "lutron-lip:" + options.lipHost() + "?username="
                                                          + options.lipUser() + "&password=RAW(" + options.lipPassword()
                                                          + ")"));
                }
                if (options.leapHost() != null) {
                    bridges.add(new BridgeEndpoint("leap", leap(options.leapHost(), options.certDir(),
                            options.certName())));
                }
            }
            DataSource dataSource;
            String database;
            if (options.database() != null) {
                dataSource = DataSources.forUrl(options.database(), options.databaseUser(), options.databasePassword());
                database = options.database();
            } else {
                Path file = data.resolve("lutron").toAbsolutePath();
                dataSource = DataSources.h2File(file);
                database = file + ".mv.db (H2)";
            }
            main.bind("lutronDb", dataSource);
            main.configure().addRoutesBuilder(new DemoRoutes(bridges));
            main.configure().addRoutesBuilder(new DatabaseRoutes(bridges, "lutronDb"));
            main.configure().addRoutesBuilder(new HttpApiRoutes(bridges, "127.0.0.1", options.httpPort()));
            if (options.kafka() != null) {
                main.configure().addRoutesBuilder(new KafkaRoutes(bridges, options.kafka(), options.kafkaTopic()));
            }
            if (options.mqtt() != null) {
                // a broker that is down at start is tried again in the background instead of stopping the demo
                main.configure().routeControllerConfig().withEnabled(true).withIncludeRoutes("mqtt-*");
                main.configure().addRoutesBuilder(new MqttRoutes(bridges, options.mqtt())
                        .clientOptions(mqttLogin(options)));
            }
            banner(bridges, database);
            if (occupant != null) {
                occupant.start(2000);
            }
            main.run();
        } finally {
            if (occupant != null) {
                occupant.close();
            }
            if (lipSimulator != null) {
                lipSimulator.close();
            }
            if (leapSimulator != null) {
                leapSimulator.close();
            }
        }
    }

    /** camel-paho options for the broker's login; RAW() keeps the password as it is. */
    private static String mqttLogin(DemoOptions options) {
        if (options.mqttUser() == null) {
            return null;
        }
        return "userName=" + options.mqttUser()
               + (options.mqttPassword() != null ? "&password=RAW(" + options.mqttPassword() + ")" : "");
    }

    private static String leap(String address, Path certificates, String name) {
        Path dir = certificates.toAbsolutePath();
        return "lutron-leap:" + address + "?clientCertificate=file:" + dir.resolve(name + ".crt")
               + "&clientKey=file:" + dir.resolve(name + ".key")
               + "&bridgeCertificate=file:" + dir.resolve(name + "-bridge.crt");
    }

    private void banner(List<BridgeEndpoint> bridges, String database) {
        StringBuilder b = new StringBuilder("\ncamel-lutron demo").append(options.simulated() ? " (simulated houses)" : "")
                .append('\n');
        for (BridgeEndpoint bridge : bridges) {
            b.append(String.format("  %-6s %s%n", bridge.name(), URISupport.sanitizeUri(bridge.uri())));
        }
        b.append("  web page and API   http://127.0.0.1:").append(options.httpPort()).append("/\n");
        b.append("  database           ").append(database).append('\n');
        if (options.kafka() != null) {
            b.append("  kafka              ").append(options.kafka()).append(" topic ").append(options.kafkaTopic())
                    .append('\n');
        }
        if (options.mqtt() != null) {
            b.append("  mqtt               ").append(options.mqtt()).append(" (Home Assistant discovery under ")
                    .append(MqttRoutes.DEFAULT_DISCOVERY_PREFIX).append("/, states and commands under ")
                    .append(MqttRoutes.DEFAULT_BASE_TOPIC).append("/)\n");
        }
        b.append("  Ctrl-C stops the demo.\n");
        System.out.println(b);
    }
}
