package io.github.camellutron.examples;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoOptionsTest {

    @Test
    void noArgumentsIsTheSimulatedDemo() {
        DemoOptions options = DemoOptions.parse();
        assertThat(options.simulated()).isTrue();
        assertThat(options.httpPort()).isEqualTo(8080);
        assertThat(options.kafka()).isNull();
        assertThat(options.kafkaTopic()).isEqualTo("lutron.events");
        assertThat(options.mqtt()).isNull();
    }

    @Test
    void homeAssistantOverMqtt() {
        DemoOptions options = DemoOptions.parse("--mqtt", "tcp://homeassistant.local:1883", "--mqtt-user", "lutron",
                "--mqtt-password", "s3cret");
        assertThat(options.simulated()).isTrue();
        assertThat(options.mqtt()).isEqualTo("tcp://homeassistant.local:1883");
        assertThat(options.mqttUser()).isEqualTo("lutron");
        assertThat(options.mqttPassword()).isEqualTo("s3cret");
        assertThatThrownBy(() -> DemoOptions.parse("--mqtt-user", "lutron"))
                .hasMessageStartingWith("--mqtt-user needs --mqtt").hasMessageContaining("Usage:");
    }

    @Test
    void realBridgesAndSinks() {
        DemoOptions options = DemoOptions.parse("--lip", "10.0.0.5", "--user", "installer", "--password", "p",
                "--leap", "10.0.0.6", "--cert-dir", "/etc/lutron", "--db", "jdbc:postgresql://db/lutron",
                "--kafka", "broker:9092", "--http-port", "9090");
        assertThat(options.simulated()).isFalse();
        assertThat(options.lipUser()).isEqualTo("installer");
        assertThat(options.certDir()).isEqualTo(Path.of("/etc/lutron"));
        assertThat(options.certName()).isEqualTo("10.0.0.6");
        assertThat(options.database()).isEqualTo("jdbc:postgresql://db/lutron");
        assertThat(options.httpPort()).isEqualTo(9090);
    }

    @Test
    void mistakesSayWhatIsWrongAndShowTheUsage() {
        assertThatThrownBy(() -> DemoOptions.parse("--leap", "10.0.0.6"))
                .hasMessageStartingWith("--leap needs --cert-dir").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> DemoOptions.parse("--colour", "blue")).hasMessageStartingWith("Unknown option --colour");
        assertThatThrownBy(() -> DemoOptions.parse("--http-port", "eighty"))
                .hasMessageStartingWith("--http-port needs a number");
        assertThatThrownBy(() -> DemoOptions.parse("--lip")).hasMessageStartingWith("Missing value for --lip");
        // an option that does not exist is unknown, whether or not something follows it
        assertThatThrownBy(() -> DemoOptions.parse("--colour")).hasMessageStartingWith("Unknown option --colour");
        assertThatThrownBy(() -> DemoOptions.parse("--lip", "10.0.0.5", "--verbose"))
                .hasMessageStartingWith("Unknown option --verbose");
    }
}
