package io.github.camellutron.leap.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.protocol.SystemFamily;
import io.github.camellutron.simulator.LeapBridgeSimulator;

/** Pairing with the simulated Caseta bridge end to end: the files it writes make a working lutron-leap route. */
@ExtendWith(PairingSimulatorExtension.class)
class LeapPairingTest extends CamelTestSupport {

    @TempDir
    Path dir;

    private MockEndpoint route(LeapBridgeSimulator simulator, String options) throws Exception {
        String uri = "lutron-leap:127.0.0.1:" + simulator.port() + "?" + options;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        });
        return getMockEndpoint("mock:events");
    }

    private static Exchange awaitEvent(MockEndpoint mock, String type, String header, Object value) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> mock.getExchanges().stream()
                .filter(e -> type.equals(e.getMessage().getHeader(LutronConstants.EVENT_TYPE)))
                .filter(e -> value.equals(e.getMessage().getHeader(header)))
                .findFirst().orElse(null), e -> e != null);
    }

    /** A route with the files receives the Connected event, then a dimmer moved at the wall. */
    private void assertRouteReceivesEvents(LeapBridgeSimulator simulator, MockEndpoint events, double level) {
        awaitEvent(events, "Connection", LutronConstants.CONNECTION_STATE, "Connected");
        simulator.setLevelFromWall(1, level);
        Exchange zone = awaitEvent(events, "ZoneStatus", LutronConstants.LEVEL, level);
        assertThat(zone.getMessage().getHeader(LutronConstants.ZONE_ID)).isEqualTo(1);
    }

    @Test
    void pairsWritesOwnerOnlyPemFilesAndARouteWithThemReceivesEvents(LeapBridgeSimulator simulator) throws Exception {
        RecordingListener listener = new RecordingListener();
        PairingResult result = Pairings.pressingTheButton(simulator,
                Pairings.with(simulator, listener).name("kitchen").build(), listener);

        assertThat(listener.events).startsWith("connected LAP_CA", "waiting 180")
                .endsWith("pressed", "csr sent", "certificate CN=kitchen", "verified 1.123");
        assertThat(result.name()).isEqualTo("kitchen");
        assertThat(result.trust()).isEqualTo(PairingTrust.LAP_CA);
        assertThat(result.systemHint()).isEqualTo(SystemFamily.CASETA);
        assertThat(result.leapVersion()).isEqualTo(1.123);
        assertThat(result.bridgeCertificate()).isEqualTo(simulator.bridgeCaCertificate());
        result.certificate().verify(simulator.bridgeCaCertificate().getPublicKey());
        assertThat(((RSAPublicKey) result.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        String encodedKey = Base64.getEncoder().encodeToString(result.privateKey().getEncoded());
        assertThat(result.toString()).contains("kitchen", "CASETA").doesNotContain(encodedKey.substring(40, 80));

        Path out = dir.resolve("lutron");
        PemFiles files = result.writePem(out);

        assertThat(files).isEqualTo(new PemFiles(out.resolve("kitchen.key"), out.resolve("kitchen.crt"),
                out.resolve("kitchen-bridge.crt")));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (Path file : new Path[] { files.clientKey(), files.clientCertificate(), files.bridgeCertificate() }) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).hasSize(3);
        }
        assertThat(Files.readString(files.clientKey())).startsWith("-----BEGIN PRIVATE KEY-----")
                .contains(encodedKey.substring(0, 60));
        assertThat(Files.readString(files.clientCertificate())).startsWith("-----BEGIN CERTIFICATE-----");

        MockEndpoint events = route(simulator, "clientCertificate=file:" + files.clientCertificate()
                                               + "&clientKey=file:" + files.clientKey() + "&bridgeCertificate=file:"
                                               + files.bridgeCertificate());
        assertRouteReceivesEvents(simulator, events, 42);
    }

    @Test
    void writingReplacesAnOlderWorldReadableFileWithAnOwnerOnlyOne(LeapBridgeSimulator simulator) throws Exception {
        RecordingListener listener = new RecordingListener();
        PairingResult result = Pairings.pressingTheButton(simulator, Pairings.with(simulator, listener).build(),
                listener);
        Path old = dir.resolve("camel-lutron.key");
        Files.writeString(old, "old key");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        result.writePem(dir);

        assertThat(Files.readString(old)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(old)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // an existing directory keeps its permissions
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void writesAnOwnerOnlyKeyStoreThatARouteUses(LeapBridgeSimulator simulator) throws Exception {
        RecordingListener listener = new RecordingListener();
        PairingResult result = Pairings.pressingTheButton(simulator,
                Pairings.with(simulator, listener).name("hall").build(), listener);
        Path file = dir.resolve("store").resolve("lutron.keystore");

        result.writeKeyStore(file, "s3cret".toCharArray());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "s3cret".toCharArray());
        }
        assertThat(store.isKeyEntry("client")).isTrue();
        assertThat(store.getCertificate("client")).isEqualTo(result.certificate());
        assertThat(store.getKey("client", "s3cret".toCharArray())).isEqualTo(result.privateKey());
        assertThat(store.isCertificateEntry("bridge")).isTrue();
        assertThat(store.getCertificate("bridge")).isEqualTo(simulator.bridgeCaCertificate());

        MockEndpoint events = route(simulator, "keyStore=file:" + file + "&keyStorePassword=s3cret");
        assertRouteReceivesEvents(simulator, events, 17);
    }
}
