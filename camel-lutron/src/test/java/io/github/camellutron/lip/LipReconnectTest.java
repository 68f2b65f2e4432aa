package io.github.camellutron.lip;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.client.LutronLoginException;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Connections that never silently die: reconnect with resync, keep-alive, readiness. */
class LipReconnectTest extends LipTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("keepAliveInterval=200&responseTimeout=2000")).routeId("events").to("mock:events");
                from("direct:lip").to(lip("keepAliveInterval=200&responseTimeout=2000"));
            }
        };
    }

    private long count(MockEndpoint mock, String header, Object value) {
        return mock.getExchanges().stream().filter(e -> value.equals(e.getMessage().getHeader(header))).count();
    }

    @Test
    void droppedLinkIsReportedReconnectedAndResynced() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> count(events, LutronConstants.RESYNC, true) == 6);
        template.requestBody("direct:lip", "#OUTPUT,10,1,30");
        simulator.dropConnections();
        Exchange down = awaitExchange(events, header(LutronConstants.CONNECTION_STATE, "Disconnected"));
        assertThat(down.getMessage().getBody(String.class)).contains("\"state\":\"Disconnected\"",
                "\"reason\":\"connection closed\"");
        await().until(() -> count(events, LutronConstants.CONNECTION_STATE, "Connected") == 2);
        await().until(() -> count(events, LutronConstants.RESYNC, true) == 12);
        Exchange resynced = events.getExchanges().stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))
                             && Integer.valueOf(PENDANTS).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID)))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(resynced.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(30.0);
        assertThat(simulator.loginCount()).isEqualTo(2);
        assertThat(readiness(context, "events").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void stalledBridgeIsDetectedByTheKeepAliveAndReadinessGoesDownThenUp() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> readiness(context, "events").getState() == HealthCheck.State.UP);
        simulator.stall(true);
        Exchange down = awaitExchange(events, header(LutronConstants.CONNECTION_STATE, "Disconnected"));
        assertThat(down.getMessage().getBody(String.class)).contains("no answer to ?SYSTEM,10 within 2000 ms");
        simulator.refuseConnections(true);
        await().until(() -> readiness(context, "events").getState() == HealthCheck.State.DOWN);
        simulator.stall(false);
        simulator.refuseConnections(false);
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> readiness(context, "events").getState() == HealthCheck.State.UP);
    }
}
