package io.github.camellutron.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo runs against and where it sends events. With no bridge named, it starts the two simulated
 * bridges; {@code --lip} and {@code --leap} name real ones.
 *
 * @param lipHost    a real LIP bridge, or null
 * @param leapHost   a real LEAP bridge, or null
 * @param certDir    where pairing wrote the LEAP files ({@code NAME.crt}, {@code NAME.key}, {@code NAME-bridge.crt})
 * @param certName   the base name of those files
 * @param database   a JDBC URL; null means the H2 file {@code demo-data/lutron}
 * @param kafka      Kafka bootstrap servers, or null for no Kafka
 * @param mqtt       an MQTT broker for Home Assistant ({@code tcp://host:1883}), or null for no MQTT
 */
public record DemoOptions(String lipHost, String lipUser, String lipPassword, String leapHost, Path certDir,
                          String certName, String database, String databaseUser, String databasePassword,
                          String kafka, String kafkaTopic, String mqtt, String mqttUser, String mqttPassword,
                          int httpPort) {

    static final String USAGE = String.join("\n",
            "Usage: java -jar camel-lutron-examples.jar [options]",
            "  (no options)                 the demo on two simulated bridges (LIP and LEAP)",
            "  --lip HOST                   a real LIP bridge (RadioRA 2, HomeWorks QS, Caseta Smart Bridge Pro)",
            "  --user U --password P        its telnet login (default lutron / integration)",
            "  --leap HOST --cert-dir DIR   a real LEAP bridge and the directory pairing wrote its files to",
            "  --cert-name NAME             the base name of those files (default: HOST)",
            "  --db JDBC-URL                store events there instead of the H2 file demo-data/lutron",
            "  --db-user U --db-password P  its login",
            "  --kafka HOST:PORT            also publish every event as JSON to Kafka",
            "  --kafka-topic TOPIC          the topic (default lutron.events)",
            "  --mqtt tcp://HOST:1883       Home Assistant over MQTT: discovery, states and commands",
            "  --mqtt-user U --mqtt-password P  the broker's login",
            "  --http-port PORT             the HTTP API and web page (default 8080)",
            "Other commands: pair, scan, simulate, record (COMMAND --help tells more)");

    private static final List<String> OPTIONS = List.of("--lip", "--user", "--password", "--leap", "--cert-dir",
            "--cert-name", "--db", "--db-user", "--db-password", "--kafka", "--kafka-topic", "--mqtt", "--mqtt-user",
            "--mqtt-password", "--http-port");

    public boolean simulated() {
        return lipHost == null && leapHost == null;
    }

    /** Parses the command line; throws IllegalArgumentException with the usage on a mistake. */
    public static DemoOptions parse(String... args) {
        String lip = null;
        String user = "lutron";
        String password = "integration";
        String leap = null;
        Path certDir = null;
        String certName = null;
        String db = null;
        String dbUser = null;
        String dbPassword = null;
        String kafka = null;
        String topic = "lutron.events";
        String mqtt = null;
        String mqttUser = null;
        String mqttPassword = null;
        int http = 8080;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("Missing value for " + option + "\n" + USAGE);
            }
            String value = rest.remove(0);
            switch (option) {
                case "--lip" -> lip = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--leap" -> leap = value;
                case "--cert-dir" -> certDir = Path.of(value);
                case "--cert-name" -> certName = value;
                case "--db" -> db = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--kafka" -> kafka = value;
                case "--kafka-topic" -> topic = value;
                case "--mqtt" -> mqtt = value;
                case "--mqtt-user" -> mqttUser = value;
                case "--mqtt-password" -> mqttPassword = value;
                case "--http-port" -> {
                    try {
                        http = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--http-port needs a number, was " + value + "\n" + USAGE);
                    }
                }
                default -> throw new IllegalStateException("option " + option + " is listed but not read");
            }
        }
        if (leap != null && certDir == null) {
            throw new IllegalArgumentException("--leap needs --cert-dir (the directory pairing wrote to)\n" + USAGE);
        }
        if (mqttUser != null && mqtt == null) {
            throw new IllegalArgumentException("--mqtt-user needs --mqtt (the broker)\n" + USAGE);
        }
        return new DemoOptions(lip, user, password, leap, certDir, certName != null ? certName : leap, db, dbUser,
                dbPassword, kafka, topic, mqtt, mqttUser, mqttPassword, http);
    }
}
