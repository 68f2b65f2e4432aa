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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        template.requestBodyAndHeaders("direct:leap", "On", Map.of(LutronConstants.OPERATION, "goToSwitchedLevel",
                LutronConstants.ZONE_ID, 536));
        await().until(() -> Double.valueOf(100).equals(simulator.level(536)));
    }

    @Test
    void zoneEventsAndTheCatalogTellEachZonesControlTypeAndCommandsItCannotTakeAreNotSent() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream().filter(header(LutronConstants.RESYNC, true)).count() == 7);
        assertThat(events.getExchanges().stream().filter(header(LutronConstants.RESYNC, true))
                .map(e -> e.getMessage().getHeader(LutronConstants.ZONE_ID) + "="
                          + e.getMessage().getHeader(LutronConstants.CONTROL_TYPE)))
                .containsExactlyInAnyOrder("536=Switched", "1361=Dimmed", "1377=Dimmed", "1393=Switched",
                        "2091=Dimmed", "2107=Dimmed", "2010=Dimmed");
        String catalog = template.requestBodyAndHeader("direct:leap", null, LutronConstants.OPERATION, "catalog",
                String.class);
        assertThat(catalog).contains("{\"id\":1393,\"name\":\"Vent\",\"area\":\"Primary Bath\",\"type\":\"Switched\","
                                     + "\"controlType\":\"Switched\"}")
                .contains("\"name\":\"Scene Keypad\",\"area\":\"Entry\",\"type\":\"SunnataKeypad\","
                          + "\"model\":\"RRST-W4B-XX\"");

        simulator.clearReceived();
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION,
                "goToWhiteTuning", LutronConstants.ZONE_ID, 1361, LutronConstants.KELVIN, 3000)))
                .rootCause().hasMessage("goToWhiteTuning needs a zone of type ColorTune or SpectrumTune or WhiteTune,"
                                        + " but zone 1361 (Vanities) is Dimmed");
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:leap", "High", Map.of(
                LutronConstants.OPERATION, "goToFanSpeed", LutronConstants.ZONE_ID, 1393)))
                .rootCause().hasMessageContaining("zone 1393 (Vent) is Switched");
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:leap", 40, Map.of(
                LutronConstants.OPERATION, "goToDimmedLevel", LutronConstants.ZONE_ID, 536)))
                .rootCause().hasMessageContaining("zone 536 (Overhead) is Switched");
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:leap", "On", Map.of(
                LutronConstants.OPERATION, "goToSwitchedLevel", LutronConstants.ZONE_ID, 2091)))
                .rootCause().hasMessageContaining("zone 2091 (Overhead) is Dimmed");
        assertThat(simulator.received()).isEmpty();
    }

    @Test
    void noSmartAwayOnAProcessorAndNoBatteryInAKeypad() {
        awaitExchange(getMockEndpoint("mock:events"), eventType("Connection"));
        simulator.clearReceived();
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:leap", "Enabled",
                Map.of(LutronConstants.OPERATION, "setSmartAway")))
                .rootCause().hasMessageContaining("Smart Away is a Caseta feature")
                .hasMessageContaining("RA3");
        assertThat(simulator.received()).isEmpty();
        Exchange battery = template.request("direct:leap", e -> {
            e.getMessage().setHeader(LutronConstants.OPERATION, "readBattery");
            e.getMessage().setHeader(LutronConstants.DEVICE_ID, 2139);
        });
        assertThat(battery.getException()).isNull();
        assertThat(battery.getMessage().getHeader(LutronConstants.BATTERY_STATUS)).isEqualTo("None");
        assertThat(getMockEndpoint("mock:events").getExchanges()).noneMatch(eventType("AwayStatus"));
    }
}
