package io.github.camellutron.lip;

import java.util.List;
import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operations sees of a bridge: the lutron dev console, and the same counters as Micrometer meters. */
class LipOperationsTest extends LipTestSupport {

    @BindToRegistry("meters")
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("")).routeId("events").to("mock:events");
                from("direct:lip").to(lip(""));
            }
        };
    }

    private String bridge() {
        return "127.0.0.1:" + simulator.port();
    }

    private void trafficWithABadFrame() {
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
        template.requestBody("direct:lip", "?OUTPUT,10,1");
        simulator.sendGarbage("nonsense that is no LIP\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        simulator.setLevelFromWall(UNDER_CABINET, 31);
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.LEVEL, 31.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDevConsoleListsTheBridgeWithItsCounters() {
        trafficWithABadFrame();
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("lutron");
        assertThat(console).isNotNull();
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> bridges = (List<Map<String, Object>>) json.get("bridges");
        assertThat(bridges).hasSize(1);
        Map<String, Object> b = bridges.get(0);
        assertThat(b).containsEntry("scheme", "lutron-lip").containsEntry("bridge", bridge())
                .containsEntry("state", "CONNECTED").containsEntry("reconnects", 0L);
        assertThat(b.get("since")).isNotNull();
        assertThat(b.get("lastEventTime")).isNotNull();
        assertThat((Map<String, Object>) b.get("events")).containsKey("ZoneStatus")
                .satisfies(e -> assertThat((Long) e.get("ZoneStatus")).isGreaterThanOrEqualTo(7L));
        assertThat((Map<String, Object>) b.get("badFrames")).containsEntry("NOT_PARSED", 1L);
        assertThat((Map<String, Object>) b.get("commands"))
                .satisfies(c -> assertThat((Long) c.get("count")).isGreaterThanOrEqualTo(1L));
        assertThat((String) console.call(DevConsole.MediaType.TEXT)).contains("lutron-lip " + bridge() + ": CONNECTED");
    }

    @Test
    void theSameCountersAreMicrometerMeters() {
        trafficWithABadFrame();
        assertThat(meters.get("lutron.bridge.connected").tag("bridge", bridge()).gauge().value()).isEqualTo(1.0);
        FunctionCounter zones = meters.get("lutron.bridge.events").tags("bridge", bridge(), "type", "ZoneStatus")
                .functionCounter();
        assertThat(zones.count()).isGreaterThanOrEqualTo(7);
        assertThat(meters.get("lutron.bridge.bad.frames").tags("bridge", bridge(), "kind", "NOT_PARSED")
                .functionCounter().count()).isEqualTo(1);
        FunctionTimer latency = meters.get("lutron.bridge.command.latency").tag("bridge", bridge()).functionTimer();
        assertThat(latency.count()).isGreaterThanOrEqualTo(1);
        assertThat(latency.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();

        simulator.dropConnections();
        await().until(() -> meters.get("lutron.bridge.reconnects").tag("bridge", bridge()).functionCounter()
                .count() >= 1);
        Gauge connected = meters.get("lutron.bridge.connected").tag("bridge", bridge()).gauge();
        await().until(() -> connected.value() == 1.0);
    }
}
