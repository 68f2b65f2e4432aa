package io.github.camellutron.leap;

import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** lutron-leap end to end against a simulated RadioRA 3 processor. */
class LeapRa3ComponentTest extends LeapTestSupport {

    @Override
    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.RA3;
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

    private LutronCatalog catalog() {
        return template.request("direct:leap", e -> e.getMessage().setHeader(LutronConstants.OPERATION, "catalog"))
                .getMessage().getBody(LutronCatalog.class);
    }

    @Test
    void everyEventTypeWithNames() {
        MockEndpoint events = getMockEndpoint("mock:events");
        awaitExchange(events, eventType("Connection"));
        await().until(() -> events.getExchanges().stream().filter(header(LutronConstants.RESYNC, true)).count() == 7);

        simulator.setLevelFromWall(2091, 80);
        Exchange zone = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.LEVEL, 80.0)));
        assertThat(zone.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Overhead");
        assertThat(zone.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Entry");

        simulator.setOccupancy(766, "Occupied");
        Exchange area = awaitExchange(events, eventType("AreaStatus").and(header(LutronConstants.AREA_ID, 766))
                .and(header(LutronConstants.OCCUPANCY, "Occupied")));
        assertThat(area.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Entry");
        awaitExchange(events, eventType("OccupancyStatus").and(header(LutronConstants.AREA_ID, 766)));

        Button withLed = catalog().buttons().stream().filter(b -> b.ledId() != null).findFirst().orElseThrow();
        simulator.setLed(withLed.ledId(), "On");
        Exchange led = awaitExchange(events, eventType("LedStatus").and(header(LutronConstants.LED_ID, withLed.ledId()))
                .and(header(LutronConstants.LED_STATE, "On")));
        assertThat(led.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(withLed.deviceId());

        simulator.buttonEvent(withLed.id(), "LongHold");
        Exchange hold = awaitExchange(events, eventType("ButtonEvent").and(header(LutronConstants.BUTTON_EVENT, "LongHold")));
        assertThat(hold.getMessage().getHeader(LutronConstants.BUTTON_NUMBER)).isEqualTo(withLed.number());
        assertThat(hold.getMessage().getHeader(LutronConstants.NAME)).isEqualTo(withLed.name());
    }

    @Test
    void aKeypadTapLightsTheLedOfItsButton() {
        MockEndpoint events = getMockEndpoint("mock:events");
        awaitExchange(events, eventType("Connection"));
        Button withLed = catalog().buttons().stream().filter(b -> b.ledId() != null).findFirst().orElseThrow();
        template.requestBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION, "pressButton",
                LutronConstants.BUTTON_ID, withLed.id()));
        Exchange led = awaitExchange(events, eventType("LedStatus").and(header(LutronConstants.LED_ID, withLed.ledId()))
                .and(header(LutronConstants.LED_STATE, "On")));
        assertThat(led.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(withLed.deviceId());
        assertThat(led.getMessage().getHeader(LutronConstants.NAME)).isEqualTo(withLed.name());
    }

    @Test
    void ledAndKeypadSceneCommands() {
        awaitExchange(getMockEndpoint("mock:events"), eventType("Connection"));
        Button withLed = catalog().buttons().stream().filter(b -> b.ledId() != null).findFirst().orElseThrow();
        template.requestBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION, "setLed",
                LutronConstants.LED_ID, withLed.ledId(), LutronConstants.LED_STATE, "On"));
        await().until(() -> "On".equals(simulator.ledState(withLed.ledId())));
        template.requestBodyAndHeaders("direct:leap", withLed.name(), Map.of(LutronConstants.OPERATION, "activateScene"));
        assertThat(simulator.received()).anyMatch(l -> l.contains("/button/" + withLed.id() + "/commandprocessor"));
        template.requestBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION, "goToWhiteTuning",
                LutronConstants.ZONE_ID, 1361, LutronConstants.KELVIN, 3000, LutronConstants.LEVEL, 50));
        template.requestBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION, "goToSpectrumTuning",
                LutronConstants.ZONE_ID, 1361, LutronConstants.HUE, 120, LutronConstants.SATURATION, 80));
        assertThat(simulator.received()).anyMatch(l -> l.contains("GoToWhiteTuningLevel") && l.contains("3000"))
                .anyMatch(l -> l.contains("GoToSpectrumTuningLevel") && l.contains("\"Hue\":120"));
    }
}
