package io.github.camellutron.leap;

import java.time.Duration;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A zone changes while the first discovery of a session is still reading the system: its event is held until the
 * snapshot, and then carries the names that discovery found, not the none known when it arrived.
 */
class LeapHeldEventsTest extends LeapTestSupport {

    private static final int HALLWAY_LIGHTS = 1;

    @Override
    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder.readDelay(Duration.ofMillis(300));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(leap("?eventTypes=ZoneStatus")).to("mock:zones");
            }
        };
    }

    @Test
    void aChangeDuringDiscoveryIsNamedWhenReleased() {
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.received().stream()
                .anyMatch(l -> l.contains("\"/project\"")));
        simulator.setLevelFromWall(HALLWAY_LIGHTS, 42);

        MockEndpoint zones = getMockEndpoint("mock:zones");
        Exchange live = awaitExchange(zones, e -> Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))
                                                  && Double.valueOf(42).equals(e.getMessage()
                                                          .getHeader(LutronConstants.LEVEL)));
        assertThat(live.getMessage().getHeader(LutronConstants.NAME)).isEqualTo(simulator.zoneName(HALLWAY_LIGHTS));
        assertThat(live.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("Dimmed");
        // it came after the snapshot, as every live event of a session does
        assertThat(zones.getExchanges().indexOf(live)).isGreaterThan(0);
        assertThat(zones.getExchanges().get(0).getMessage().getHeader(LutronConstants.RESYNC)).isEqualTo(true);
    }
}
