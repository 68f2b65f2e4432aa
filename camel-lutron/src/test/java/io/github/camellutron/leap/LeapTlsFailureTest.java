package io.github.camellutron.leap;

import java.time.Duration;
import java.util.Collection;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.client.LeapTlsProvider;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A refused TLS session is told in the same words by the Disconnected event and by the readiness check, on either
 * engine: OpenSSL reports alerts and chain failures in its own words, the hints must not depend on them.
 */
class LeapTlsFailureTest extends LeapTestSupport {

    private String eventReason() {
        return awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Disconnected"))
                .getMessage().getBody(io.github.camellutron.event.ConnectionEvent.class).reason();
    }

    private HealthCheck.Result readiness() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().equals("consumer:events")).findFirst().orElseThrow();
    }

    private void route(String uri, LeapTlsProvider provider) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&tlsProvider=" + provider).routeId("events").to("mock:events");
            }
        });
    }

    private void assertSameWords(String hint, LeapTlsProvider provider) {
        String reason = eventReason();
        assertThat(reason).contains(hint);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = readiness();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains(reason));
            assertThat(result.getDetails()).containsEntry("tlsEngine", provider.name());
        });
        assertThat(onlyConnection().tlsEngine()).isEqualTo(provider);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aClientCertificateTheBridgeRefuses(LeapTlsProvider provider) throws Exception {
        simulator.writeUntrustedClientFiles(certificates, "stranger");
        route("lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:" + certificates.resolve("stranger.crt")
              + "&clientKey=file:" + certificates.resolve("stranger.key")
              + "&bridgeCertificate=file:" + certificates.resolve("bridge-bridge.crt") + "&reconnectDelay=200",
              provider);
        assertSameWords("the bridge refused the client certificate", provider);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aBridgeCertificateFromAnotherCa(LeapTlsProvider provider) throws Exception {
        try (LeapBridgeSimulator other = LeapBridgeSimulator.builder().build()) {
            other.writeClientFiles(certificates, "other");
        }
        route("lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:" + certificates.resolve("bridge.crt")
              + "&clientKey=file:" + certificates.resolve("bridge.key")
              + "&bridgeCertificate=file:" + certificates.resolve("other-bridge.crt") + "&reconnectDelay=200",
              provider);
        assertSameWords("does not chain to the configured bridge CA", provider);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aBridgeCertificateThatExpired(LeapTlsProvider provider) throws Exception {
        try (LeapBridgeSimulator expired = LeapBridgeSimulator.builder().expiredCertificate(true).build().start()) {
            expired.writeClientFiles(certificates, "expired");
            route("lutron-leap:127.0.0.1:" + expired.port() + "?clientCertificate=file:"
                  + certificates.resolve("expired.crt") + "&clientKey=file:" + certificates.resolve("expired.key")
                  + "&bridgeCertificate=file:" + certificates.resolve("expired-bridge.crt") + "&reconnectDelay=200",
                    provider);
            assertSameWords("the bridge's certificate has expired", provider);
            assertThat(expired.handshakeCount()).isZero();
        }
    }
}
