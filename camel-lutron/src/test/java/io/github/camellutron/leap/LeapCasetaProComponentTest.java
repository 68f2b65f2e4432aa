package io.github.camellutron.leap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Caseta Smart Bridge Pro, which also speaks LIP: its LEAP events carry each zone's and device's LIP id, read from
 * the bridge's own LIP id list, so that a route can address the same zone on the {@code lutron-lip:} scheme.
 */
class LeapCasetaProComponentTest extends LeapTestSupport {

    @Override
    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder.lipServer(true);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(leap("")).routeId("events").to("mock:events");
                from("direct:leap").to(leap(""));
            }
        };
    }

    private void awaitSnapshot(MockEndpoint events) {
        await().until(() -> events.getExchanges().stream()
                .filter(eventType("ZoneStatus").and(header(LutronConstants.RESYNC, true))).count() == 5);
    }

    @Test
    void zoneAndButtonEventsAndTheCatalogCarryTheLipIds() {
        MockEndpoint events = getMockEndpoint("mock:events");
        awaitSnapshot(events);
        assertThat(events.getExchanges().stream().filter(eventType("ZoneStatus"))
                .map(e -> e.getMessage().getHeader(LutronConstants.ZONE_ID) + "="
                          + e.getMessage().getHeader(LutronConstants.LIP_ID)))
                .containsExactlyInAnyOrder("1=22", "2=23", "6=27", "3=30", "4=31");

        simulator.setLevelFromWall(6, 40);
        Exchange shade = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.LEVEL, 40.0)));
        assertThat(shade.getMessage().getHeader(LutronConstants.LIP_ID)).isEqualTo(27);
        assertThat(shade.getMessage().getBody(String.class)).contains("\"lipId\":27");

        simulator.pressButton(103);
        Exchange press = awaitExchange(events, eventType("ButtonEvent").and(header(LutronConstants.BUTTON_ID, 103)));
        assertThat(press.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(9);
        assertThat(press.getMessage().getHeader(LutronConstants.LIP_ID)).as("the Blinds Remote").isEqualTo(29);

        LutronCatalog catalog = template.requestBodyAndHeader("direct:leap", null, LutronConstants.OPERATION,
                "catalog", LutronCatalog.class);
        assertThat(catalog.device(1).orElseThrow().lipId()).as("the bridge").isEqualTo(1);
        assertThat(catalog.device(8).orElseThrow().lipId()).as("the Pico").isEqualTo(28);
        assertThat(catalog.device(2).orElseThrow().lipId()).as("the dimmer, the output of zone 1").isEqualTo(22);
        assertThat(catalog.device(4).orElseThrow().lipId()).as("a sensor is not in the LIP list").isNull();
    }

    @Test
    void aLeapZoneEventDrivesTheSameZoneOverLipByItsLipId() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        awaitSnapshot(events);
        // the LIP side of the same bridge, with the ids of its own LIP id list, as its integration report gives them
        String ids = template.requestBodyAndHeader("direct:leap", "/server/2/id", LutronConstants.OPERATION, "read",
                String.class);
        LutronCatalog lipCatalog = IntegrationReports.parseCasetaReport(
                new ByteArrayInputStream(ids.getBytes(StandardCharsets.UTF_8)));
        try (LipBridgeSimulator lip = LipBridgeSimulator.builder().house(LipHouse.fromCatalog(lipCatalog)).build()
                .start()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // every change seen over LEAP is copied to the zone of the same LIP id over LIP
                    from(leap("eventTypes=ZoneStatus")).routeId("mirror")
                            .to("mock:mirror")
                            .filter(header(LutronConstants.RESYNC).isEqualTo(false))
                            .filter(header(LutronConstants.LIP_ID).isNotNull())
                            .setHeader(LutronConstants.ZONE_ID, header(LutronConstants.LIP_ID))
                            .setHeader(LutronConstants.OPERATION, constant("goToLevel"))
                            .to("lutron-lip:127.0.0.1:" + lip.port()
                                + "?reconnectDelay=50&maxReconnectDelay=500&responseTimeout=30000");
                }
            });
            // a consumer joining a running session is told the zones' state first: then it hears what follows
            awaitExchange(getMockEndpoint("mock:mirror"), header(LutronConstants.RESYNC, true));
            simulator.setLevelFromWall(1, 33);
            await().until(() -> lip.level(22) == 33.0);
            assertThat(lip.level(27)).isZero();
            assertThat(lipCatalog.zone(22).orElseThrow().name()).isEqualTo("Lights");
            context.getRouteController().stopRoute("mirror");
        }
    }
}
