package io.github.camellutron.leap;

import java.time.Duration;
import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Names before commands: on a RadioRA 3 processor that answers reads slowly, commands that need the catalog wait for
 * discovery of the session, right after the route starts; and every reconnect discovers the system again.
 */
class LeapDiscoveryTest extends LeapTestSupport {

    @Override
    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.RA3;
    }

    @Override
    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder.readDelay(Duration.ofMillis(80));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leap").to(leap(""));
            }
        };
    }

    private LutronCatalog catalog() {
        return template.request("direct:leap", e -> e.getMessage().setHeader(LutronConstants.OPERATION, "catalog"))
                .getMessage().getBody(LutronCatalog.class);
    }

    private long projectReads() {
        return simulator.received().stream().filter(l -> l.contains("\"ReadRequest\"") && l.contains("\"/project\""))
                .count();
    }

    @Test
    void theCatalogRightAfterStartIsTheDiscoveredOne() {
        LutronCatalog catalog = catalog();
        assertThat(catalog.zones()).hasSize(7);
        assertThat(catalog.areas()).isNotEmpty();
        assertThat(catalog.buttons()).anyMatch(b -> "Play/Pause".equals(b.name()));
    }

    @Test
    void theProcessorNeverHasMoreDiscoveryReadsWaitingThanTheDefaultWindow() {
        assertThat(catalog().zones()).hasSize(7);
        assertThat(simulator.peakRequestsInFlight()).isEqualTo(4);
    }

    @Test
    void aSceneByNameRightAfterStartIsPressed() {
        template.requestBodyAndHeaders("direct:leap", "Play/Pause", Map.of(LutronConstants.OPERATION, "activateScene"));
        Button button = catalog().buttons().stream().filter(b -> "Play/Pause".equals(b.name())).findFirst()
                .orElseThrow();
        assertThat(simulator.received()).anyMatch(l -> l.contains("/button/" + button.id() + "/commandprocessor"));
    }

    @Test
    void everyReconnectDiscoversTheSystemAgain() {
        assertThat(catalog().zones()).hasSize(7);
        assertThat(projectReads()).isEqualTo(1);
        simulator.dropConnections();
        await().atMost(Duration.ofSeconds(10)).until(() -> projectReads() == 2);
        // while the link is down commands fail at once; once the new session is up, its catalog answers
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> catalog().zones().size() == 7);
    }
}
