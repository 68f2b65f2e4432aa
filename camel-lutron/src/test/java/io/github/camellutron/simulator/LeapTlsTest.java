package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.netty.handler.ssl.SslProvider;

/**
 * Mutual TLS as a bridge does it: its own EC CA, TLS 1.2 only, a client certificate required and checked, on either
 * engine of the bridge's side.
 */
@ParameterizedClass
@EnumSource(value = SslProvider.class, names = { "JDK", "OPENSSL" })
class LeapTlsTest {

    private static LeapBridgeSimulator simulator;

    private final SslProvider engine;

    @TempDir
    Path dir;

    LeapTlsTest(SslProvider engine) {
        this.engine = engine;
    }

    @BeforeParameterizedClassInvocation
    static void start(SslProvider engine) {
        simulator = LeapBridgeSimulator.builder().tlsProvider(engine).build().start();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        simulator.close();
    }

    @Test
    void theBridgeSideRunsOnTheEngineItWasBuiltWith() {
        assertThat(simulator.tlsProvider()).isEqualTo(engine);
        try (LeapBridgeSimulator byDefault = LeapBridgeSimulator.builder().build()) {
            assertThat(byDefault.tlsProvider()).isEqualTo(SslProvider.JDK);
        }
    }

    @Test
    void pairedClientCompletesTheHandshakeOverTls12AndIsAnswered() throws Exception {
        simulator.writeClientFiles(dir, "caseta");
        int before = simulator.handshakeCount();
        try (LeapTestClient client = LeapTestClient.connect(simulator, dir, "caseta")) {
            SSLSocket socket = client.socket();
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
            assertThat(socket.getSession().getCipherSuite()).contains("ECDSA");
            Certificate[] chain = socket.getSession().getPeerCertificates();
            assertThat(chain).hasSize(2);
            assertThat(chain[1]).isEqualTo(simulator.bridgeCaCertificate());
            // the server certificate does not name the host: clients must not check host names (LEAP.md 1.2)
            assertThat(((X509Certificate) chain[0]).getSubjectX500Principal().getName()).startsWith("CN=Lutron-")
                    .doesNotContain("127.0.0.1");
            assertThat(((X509Certificate) chain[0]).getSubjectAlternativeNames()).isNull();

            LeapMessage pong = client.read("/server/1/status/ping", "ping-1");
            assertThat(pong.type()).isEqualTo(CommuniqueType.ReadResponse);
            assertThat(pong.clientTag()).isEqualTo("ping-1");
            assertThat(pong.bodyType()).isEqualTo("OnePingResponse");
            assertThat(pong.body().path("PingResponse").path("LEAPVersion").asDouble()).isEqualTo(1.123);
            assertThat(simulator.handshakeCount()).isEqualTo(before + 1);
            await().until(() -> simulator.connectionCount() == 1);
        }
        await().until(() -> simulator.connectionCount() == 0);
    }

    @Test
    void clientFromAnotherCaIsRefused() {
        simulator.writeUntrustedClientFiles(dir, "stranger");
        int before = simulator.handshakeCount();
        // the CA file is another bridge's too: trust this bridge's CA so that only the client side can fail
        rewriteCa("stranger");
        SSLContext context = LeapTestClient.context(dir, "stranger", true);
        assertThatThrownBy(() -> pingWith(context)).isInstanceOfAny(UncheckedIOException.class,
                AssertionError.class);
        assertThat(simulator.handshakeCount()).isEqualTo(before);
        await().until(() -> simulator.connectionCount() == 0);
    }

    @Test
    void clientWithoutCertificateIsRefused() {
        simulator.writeClientFiles(dir, "anonymous");
        int before = simulator.handshakeCount();
        SSLContext context = LeapTestClient.context(dir, "anonymous", false);
        assertThatThrownBy(() -> pingWith(context)).isInstanceOfAny(UncheckedIOException.class,
                AssertionError.class);
        assertThat(simulator.handshakeCount()).isEqualTo(before);
    }

    @Test
    void tls13OnlyClientIsRefused() {
        simulator.writeClientFiles(dir, "modern");
        SSLContext context = LeapTestClient.context(dir, "modern", true);
        assertThatThrownBy(() -> LeapTestClient.connect(simulator, context, "TLSv1.3"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void clientFilesHaveThePairingShapes() throws Exception {
        simulator.writeClientFiles(dir, "pylutron");
        assertThat(Files.readString(dir.resolve("pylutron.key"), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        PrivateKey key = LeapTestClient.privateKey(dir.resolve("pylutron.key"));
        assertThat(((RSAPrivateCrtKey) key).getModulus().bitLength()).isEqualTo(2048);

        X509Certificate client = LeapTestClient.certificate(dir.resolve("pylutron.crt"));
        X509Certificate ca = LeapTestClient.certificate(dir.resolve("pylutron-bridge.crt"));
        assertThat(ca).isEqualTo(simulator.bridgeCaCertificate());
        assertThat(client.getSubjectX500Principal().getName()).startsWith("1.3.6.1.4.1.40073.1.3=")
                .contains("CN=pylutron");
        assertThat(client.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(client.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
        assertThat(client.getBasicConstraints()).isEqualTo(-1);
        client.verify(ca.getPublicKey());

        assertThat(ca.getSubjectX500Principal().getName())
                .matches("CN=SmartBridge[0-9A-F]{12},O=Lutron Electronics Co\\.\\\\, Inc\\.,L=Coopersburg,"
                         + "ST=Pennsylvania,C=US");
        assertThat(ca.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(ca.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) ca.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(ca.getBasicConstraints()).isNotNegative();
        Instant tenYears = Instant.now().plus(Duration.ofDays(3650));
        assertThat(ca.getNotAfter().toInstant()).isBetween(tenYears.minus(Duration.ofDays(1)),
                tenYears.plus(Duration.ofDays(1)));
    }

    @Test
    void keyStoreHasTheOpenHabShapeAndConnects() throws Exception {
        Path file = dir.resolve("lutron.keystore");
        char[] password = "secret".toCharArray();
        simulator.writeKeyStore(file, password);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        assertThat(List.of("client", "bridge")).allMatch(alias -> {
            try {
                return store.containsAlias(alias);
            } catch (KeyStoreException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(store.isKeyEntry("client")).isTrue();
        assertThat(store.isCertificateEntry("bridge")).isTrue();
        assertThat(store.getCertificate("bridge")).isEqualTo(simulator.bridgeCaCertificate());
        assertThat(store.getCertificateChain("client")).hasSize(2);

        KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
        kmf.init(store, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        try (LeapTestClient client = LeapTestClient.connect(simulator, context)) {
            assertThat(client.read("/server/1/status/ping", "ks").clientTag()).isEqualTo("ks");
        }
    }

    @Test
    void everyBuildMakesItsOwnBridgeCa() {
        try (LeapBridgeSimulator other = LeapBridgeSimulator.builder().build()) {
            assertThat(other.bridgeCaCertificate()).isNotEqualTo(simulator.bridgeCaCertificate());
        }
    }

    private void pingWith(SSLContext context) {
        try (LeapTestClient client = LeapTestClient.connect(simulator, context)) {
            // TLS 1.2 reports a refused client certificate at the handshake; read in case it only shows now
            client.read("/server/1/status/ping", "never");
        }
    }

    /** Replaces the untrusted identity's CA file with this bridge's CA. */
    private void rewriteCa(String name) {
        try {
            Path bridgeCa = dir.resolve("trusted");
            simulator.writeClientFiles(bridgeCa, "trusted");
            Files.copy(bridgeCa.resolve("trusted-bridge.crt"), dir.resolve(name + "-bridge.crt"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
