package io.github.camellutron.leap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A CamelContext per test with a fresh LEAP bridge simulator, and the PEM files pairing would have written for it
 * in a temporary directory.
 */
abstract class LeapTestSupport extends CamelTestSupport {

    protected LeapBridgeSimulator simulator;
    protected Path certificates;

    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.CASETA;
    }

    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = configureSimulator(LeapBridgeSimulator.builder().mode(mode())).build().start();
        certificates = Files.createTempDirectory("lutron-leap-test");
        simulator.writeClientFiles(certificates, "bridge");
        CamelContext context = super.createCamelContext();
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() throws Exception {
                simulator.close();
                try (var files = Files.walk(certificates)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }, true, true);
        return context;
    }

    /** An endpoint URI for the simulator with the pairing files, fast supervision timings, and the given options. */
    protected String leap(String options) {
        return "lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:" + certificates.resolve("bridge.crt")
               + "&clientKey=file:" + certificates.resolve("bridge.key")
               + "&bridgeCertificate=file:" + certificates.resolve("bridge-bridge.crt")
               + "&reconnectDelay=50&maxReconnectDelay=500" + (options.isEmpty() ? "" : "&" + options);
    }

    /** The one LEAP session open now. */
    protected LeapConnection onlyConnection() {
        List<LeapConnection> open = context.getComponent("lutron-leap", LeapComponent.class).connections();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /**
     * Sends an InOut exchange to {@code direct:leap} with the operation, the body and the headers given as name, value
     * pairs; the exchange comes back with the answer or the failure.
     */
    protected Exchange exchange(String operation, Object body, Object... headers) {
        Map<String, Object> map = new HashMap<>();
        map.put(LutronConstants.OPERATION, operation);
        for (int i = 0; i < headers.length; i += 2) {
            map.put((String) headers[i], headers[i + 1]);
        }
        return template.request("direct:leap", e -> {
            e.getMessage().setHeaders(map);
            e.getMessage().setBody(body);
        });
    }

    protected static Exchange awaitExchange(MockEndpoint mock, Predicate<Exchange> match) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> mock.getExchanges().stream().filter(match).findFirst().orElse(null), e -> e != null);
    }

    protected static Predicate<Exchange> header(String name, Object value) {
        return e -> value.equals(e.getMessage().getHeader(name));
    }

    protected static Predicate<Exchange> eventType(String type) {
        return header(LutronConstants.EVENT_TYPE, type);
    }
}
