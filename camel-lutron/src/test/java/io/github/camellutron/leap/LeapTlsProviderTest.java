package io.github.camellutron.leap;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.client.LeapTlsProvider;
import io.netty.handler.ssl.OpenSsl;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The {@code tlsProvider} option: each engine is the one that runs and is shown, auto picks OpenSSL when it loads and
 * the JDK otherwise, the engine is one per session, and what cannot run fails the start in words that say why.
 */
class LeapTlsProviderTest extends LeapTestSupport {

    private void route(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
    }

    private void awaitConnected(String id) {
        awaitExchange(getMockEndpoint("mock:" + id), header(LutronConstants.CONNECTION_STATE, "Connected"));
    }

    private HealthCheck.Result readiness(String routeId) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().equals("consumer:" + routeId)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> consoleSession() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("lutron");
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> bridges = (List<Map<String, Object>>) json.get("bridges");
        assertThat(bridges).hasSize(1);
        return (Map<String, Object>) bridges.get(0).get("session");
    }

    private SSLContextParameters sslContextParameters() {
        return LeapEndpointTest.sslContextParameters(simulator, certificates);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void theEngineAskedForIsTheOneThatRunsAndIsShown(LeapTlsProvider provider) throws Exception {
        route("events", leap("tlsProvider=" + provider));
        awaitConnected("events");
        assertThat(onlyConnection().tlsEngine()).isEqualTo(provider);
        assertThat(consoleSession()).containsEntry("tlsEngine", provider.name()).containsEntry("tlsProtocol",
                "TLSv1.2");
        HealthCheck.Result result = readiness("events");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("tlsEngine", provider.name());
        simulator.setLevelFromWall(1, 37);
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.LEVEL, 37.0));
    }

    @Test
    void autoIsTheDefaultAndRunsOnOpenSslWhenItLoads() throws Exception {
        assertThat(OpenSsl.isAvailable()).as("netty-tcnative is on the test class path: %s",
                OpenSsl.unavailabilityCause()).isTrue();
        route("events", leap(""));
        awaitConnected("events");
        LeapEndpoint endpoint = (LeapEndpoint) context.getRoute("events").getEndpoint();
        assertThat(endpoint.getConfiguration().getTlsProvider()).isEqualTo(LeapTlsProvider.auto);
        assertThat(onlyConnection().tlsEngine()).isEqualTo(LeapTlsProvider.openssl);
    }

    @Test
    void theComponentsEngineServesEveryEndpoint() throws Exception {
        context.getComponent("lutron-leap", LeapComponent.class).getConfiguration()
                .setTlsProvider(LeapTlsProvider.jdk);
        route("events", leap(""));
        awaitConnected("events");
        assertThat(onlyConnection().tlsEngine()).isEqualTo(LeapTlsProvider.jdk);
    }

    @Test
    void twoEndpointsOfOneBridgeWithOtherEnginesCannotBothRunAndTheLaterOneSaysBoth() throws Exception {
        route("first", leap("tlsProvider=jdk"));
        awaitConnected("first");
        assertThatThrownBy(() -> route("second", leap("tlsProvider=openssl&eventTypes=ZoneStatus")))
                .hasStackTraceContaining("tlsProvider=openssl")
                .hasStackTraceContaining("tlsProvider=jdk")
                .hasStackTraceContaining("127.0.0.1:" + simulator.port());
        // the same value, or none, joins the session
        route("third", leap("tlsProvider=jdk&eventTypes=Connection"));
        route("fourth", leap("eventTypes=Connection"));
        awaitConnected("fourth");
        assertThat(onlyConnection().tlsEngine()).isEqualTo(LeapTlsProvider.jdk);
        assertThat(simulator.handshakeCount()).isEqualTo(1);
    }

    @Test
    void sslContextParametersRunOnTheJdkWithAuto() throws Exception {
        context.getRegistry().bind("bridgeTls", sslContextParameters());
        route("events", "lutron-leap:127.0.0.1:" + simulator.port() + "?sslContextParameters=#bridgeTls");
        awaitConnected("events");
        assertThat(onlyConnection().tlsEngine()).isEqualTo(LeapTlsProvider.jdk);
    }

    @Test
    void opensslWithSslContextParametersFailsTheStartSayingWhy() {
        context.getRegistry().bind("bridgeTls", sslContextParameters());
        assertThatThrownBy(() -> route("events", "lutron-leap:127.0.0.1:" + simulator.port()
                                                 + "?sslContextParameters=#bridgeTls&tlsProvider=openssl"))
                .hasStackTraceContaining("tlsProvider=openssl cannot run with sslContextParameters")
                .hasStackTraceContaining("JDK engine only");
        assertThat(simulator.handshakeCount()).isZero();
    }

    @Test
    void anUnknownEngineIsRefusedWhenTheEndpointIsMade() {
        assertThatThrownBy(() -> context.getEndpoint(leap("tlsProvider=wolfssl")))
                .hasStackTraceContaining("wolfssl");
    }

    /**
     * Without netty-tcnative (left off the class path of a JVM of its own: Netty looks for OpenSSL once per JVM),
     * openssl fails the route's start naming the artifact and Netty's reason, and auto connects on the JDK engine.
     */
    @Test
    void withoutTcnativeOpensslFailsTheStartAndAutoRunsOnTheJdk() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        String withoutTcnative = Arrays.stream(entries).filter(entry -> !entry.contains("netty-tcnative"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(withoutTcnative.split(File.pathSeparator)).as("tcnative was on the class path").hasSizeLessThan(
                entries.length);
        Path log = certificates.resolve("without-tcnative.log");
        Process child = new ProcessBuilder(java.toString(), "-cp", withoutTcnative, WithoutOpenSsl.class.getName(),
                leap("eventTypes=Connection"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        child.getOutputStream().close();
        boolean ended;
        try {
            ended = child.waitFor(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the JVM without OpenSSL ends: %s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("openssl refused: lutron-leap tlsProvider=openssl: Netty's OpenSSL TLS engine is"
                                    + " not available: put io.netty:netty-tcnative-boringssl-static on the class path")
                .contains("Netty could not load it: java.lang.ClassNotFoundException: io.netty.internal.tcnative")
                .contains("auto runs on: jdk");
    }

    /** The other JVM's side: tries openssl, then auto, against the simulator of the test, and says what happened. */
    public static final class WithoutOpenSsl {

        public static void main(String[] args) throws Exception {
            String uri = args[0];
            if (OpenSsl.isAvailable()) {
                throw new IllegalStateException("OpenSSL loaded without netty-tcnative");
            }
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri + "&tlsProvider=openssl").routeId("openssl").autoStartup(false).to("log:openssl");
                        from(uri + "&tlsProvider=auto").routeId("auto").autoStartup(false).to("log:auto");
                    }
                });
                camel.start();
                try {
                    camel.getRouteController().startRoute("openssl");
                    System.out.println("openssl started, which it must not");
                } catch (Exception e) {
                    System.out.println("openssl refused: " + messages(e));
                }
                camel.getRouteController().startRoute("auto");
                LeapConnection connection = camel.getComponent("lutron-leap", LeapComponent.class).connections()
                        .get(0);
                await().atMost(Duration.ofSeconds(20)).until(() -> connection.state() == LinkState.CONNECTED);
                System.out.println("auto runs on: " + connection.tlsEngine());
            }
        }

        private static String messages(Throwable e) {
            StringBuilder all = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getMessage()).append(" | ");
            }
            return all.toString();
        }
    }
}
