package io.github.camellutron.leap;

import java.nio.file.Path;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.client.LeapTlsProvider;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options, and the three ways of naming the client identity. */
class LeapEndpointTest extends LeapTestSupport {

    private void awaitConnected(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        });
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
    }

    private String base() {
        return "lutron-leap:127.0.0.1:" + simulator.port() + "?reconnectDelay=50";
    }

    @Test
    void defaultsAndOptions() {
        LeapEndpoint endpoint = context.getEndpoint("lutron-leap:bridge.local?keepAliveInterval=1m", LeapEndpoint.class);
        assertThat(endpoint.getHost()).isEqualTo("bridge.local");
        assertThat(endpoint.getPort()).isEqualTo(8081);
        assertThat(endpoint.getConfiguration().getKeepAliveInterval()).isEqualTo(60_000);
        assertThat(endpoint.getServiceUrl()).isEqualTo("tls://bridge.local:8081");
        assertThatThrownBy(() -> context.getEndpoint("lutron-leap:bridge.local?flavour=x"))
                .isInstanceOf(ResolveEndpointFailedException.class);
        LeapEndpoint secret = context.getEndpoint("lutron-leap:h?keyStore=file:a.p12&keyStorePassword=hunter2",
                LeapEndpoint.class);
        assertThat(secret.toString()).doesNotContain("hunter2");
    }

    @Test
    void withoutAClientIdentityTheRouteDoesNotStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> awaitConnected("lutron-leap:127.0.0.1:" + simulator.port()))
                .hasStackTraceContaining("lutron-leap needs a client identity");
        assertThatThrownBy(() -> awaitConnected(base() + "&clientCertificate=file:" + certificates.resolve("bridge.crt")))
                .hasStackTraceContaining("needs all three PEM files");
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void keyStoreLikeOpenhabMakesIt(LeapTlsProvider provider) throws Exception {
        Path store = certificates.resolve("lutron.keystore");
        simulator.writeKeyStore(store, "secret".toCharArray());
        awaitConnected(base() + "&keyStore=file:" + store + "&keyStorePassword=secret&tlsProvider=" + provider);
        assertThat(onlyConnection().tlsEngine()).isEqualTo(provider);
    }

    /** Camel's JSSE configuration of the simulator's client identity, from a PKCS12 key store it writes. */
    static SSLContextParameters sslContextParameters(LeapBridgeSimulator simulator, Path certificates) {
        Path store = certificates.resolve("lutron.p12");
        simulator.writeKeyStore(store, "secret".toCharArray());
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + store);
        keyStore.setPassword("secret");
        keyStore.setType("PKCS12");
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(keyStore);
        keys.setKeyPassword("secret");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(keyStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keys);
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Test
    void camelSslContextParameters() throws Exception {
        context.getRegistry().bind("bridgeTls", sslContextParameters(simulator, certificates));
        awaitConnected(base() + "&sslContextParameters=#bridgeTls");
    }
}
