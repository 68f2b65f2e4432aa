package io.github.camellutron.examples;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** The demo's routes against the demo house, as the demo runs them. */
class DemoRoutesTest extends SimulatedHouseTestSupport {

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withMockEndpoints("log:lutron.events*");
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        BridgeEndpoint lip = bridgeEndpoint();
        return new RoutesBuilder[] { new DemoRoutes(List.of(lip)), new HallwayAutomation(lip) };
    }

    private MockEndpoint logged() {
        return getMockEndpoint("mock:log:lutron.events");
    }

    private boolean loggedLine(String text) {
        return logged().getExchanges().stream().anyMatch(e -> e.getMessage().getBody(String.class).contains(text));
    }

    @Test
    void logsEveryEventWithNames() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> loggedLine("Connected"));
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> loggedLine("lip  ZoneStatus      Kitchen / Kitchen Downlights (zone 10) level 0 [resync]"));
        bridge.pressButton(21, 2);
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> loggedLine("Living Room / On (device 21 button 2) Release"));
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> loggedLine("Living Room / Living Room Lamps (zone 13) level 100"));
    }

    @Test
    void someoneInTheHallwayTurnsTheHallwayLightsOn() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> loggedLine("Connected"));
        bridge.setLevelFromWall(HallwayAutomation.HALLWAY_LIGHTS, 0);
        bridge.setOccupancy(HallwayAutomation.HALLWAY, true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> bridge.level(HallwayAutomation.HALLWAY_LIGHTS) == 100.0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> loggedLine("Hallway (area 6) Occupied"));
    }
}
