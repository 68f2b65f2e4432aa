package io.github.camellutron.leap.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The defaults of a pairing and the checks of its settings, before anything reaches the network. */
class LeapPairingBuilderTest {

    @Test
    void defaults() {
        LeapPairing pairing = LeapPairing.builder(" 192.168.1.30 ").build();
        assertThat(pairing.host()).isEqualTo("192.168.1.30");
        assertThat(pairing.port()).isEqualTo(8083);
        assertThat(pairing.leapPort()).isEqualTo(8081);
        assertThat(pairing.name()).isEqualTo("camel-lutron");
        assertThat(pairing.buttonTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void badSettingsFailAtOnce() {
        assertThatThrownBy(() -> LeapPairing.builder(" ")).isInstanceOf(IllegalArgumentException.class);
        LeapPairing.Builder b = LeapPairing.builder("bridge");
        for (String name : new String[] { "", "../etc/passwd", "my bridge", "-x", "a".repeat(65) }) {
            assertThatThrownBy(() -> b.name(name)).as(name).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("letters, digits");
        }
        assertThat(b.name("Home_2.main-bridge")).isSameAs(b);
        assertThat(LeapPairing.isValidName("192.168.1.30")).isTrue();
        assertThat(LeapPairing.isValidName("fe80::1")).isFalse();
        assertThatThrownBy(() -> b.port(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.leapPort(65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.buttonTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.connectTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.responseTimeout(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.lapTrustAnchors(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.listener(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertThat(LeapPairing.describe(Duration.ofMinutes(3))).isEqualTo("3 minutes");
        assertThat(LeapPairing.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(LeapPairing.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(LeapPairing.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(LeapPairing.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
