package io.github.camellutron.leap;

import java.util.HashMap;
import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every kind of RadioRA 3 zone through routes, on a one-room house of the simulator (its ten zone kinds: dimmed,
 * shade, switched, tunable white, fan, spectrum) with one scene keypad: each zone tells what it is, takes the
 * commands of its kind and refuses the others before they are sent, and the keypad lights the LED of the scene
 * pressed.
 */
class LeapRa3ZoneKindsTest extends LeapTestSupport {

    private LutronCatalog catalog;

    @Override
    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.RA3;
    }

    @Override
    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder.largeHouse(2, 10, 1);
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

    @BeforeEach
    void snapshotDone() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream().filter(header(LutronConstants.RESYNC, true)).count() == 10);
        catalog = template.requestBodyAndHeader("direct:leap", null, LutronConstants.OPERATION, "catalog",
                LutronCatalog.class);
    }

    private int zone(String name) {
        return catalog.zones().stream().filter(z -> z.name().equals(name)).mapToInt(Zone::id).findFirst()
                .orElseThrow();
    }

    @Test
    void everyZoneEventTellsWhatTheZoneIs() {
        MockEndpoint events = getMockEndpoint("mock:events");
        Map<String, Object> kinds = new HashMap<>();
        events.getExchanges().stream().filter(header(LutronConstants.RESYNC, true)).forEach(e -> kinds.put(
                catalog.zone(e.getMessage().getHeader(LutronConstants.ZONE_ID, Integer.class)).orElseThrow().name(),
                e.getMessage().getHeader(LutronConstants.CONTROL_TYPE)));
        assertThat(kinds).containsOnly(Map.entry("Downlights", "Dimmed"), Map.entry("Pendants", "Dimmed"),
                Map.entry("Sconces", "Dimmed"), Map.entry("Shade", "Shade"), Map.entry("Lamps", "Switched"),
                Map.entry("Cove", "WhiteTune"), Map.entry("Fan", "FanSpeed"), Map.entry("Accent", "SpectrumTune"),
                Map.entry("Chandelier", "Dimmed"), Map.entry("Exhaust", "Switched"));
    }

    @Test
    void eachZoneTakesTheCommandsOfItsKind() {
        MockEndpoint events = getMockEndpoint("mock:events");
        int fan = zone("Fan");
        assertThat(exchange("goToFanSpeed", "MediumHigh", LutronConstants.ZONE_ID, fan).getException()).isNull();
        Exchange speed = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.ZONE_ID, fan))
                .and(header(LutronConstants.RESYNC, false)));
        assertThat(speed.getMessage().getHeader(LutronConstants.FAN_SPEED)).isEqualTo("MediumHigh");
        assertThat(speed.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(75.0);
        assertThat(speed.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("FanSpeed");

        assertThat(exchange("goToWhiteTuning", null, LutronConstants.ZONE_ID, zone("Cove"), LutronConstants.KELVIN, 2700,
                LutronConstants.LEVEL, 60).getException()).isNull();
        assertThat(exchange("goToSpectrumTuning", null, LutronConstants.ZONE_ID, zone("Accent"), LutronConstants.HUE, 240,
                LutronConstants.SATURATION, 90).getException()).isNull();
        assertThat(exchange("goToDimmedLevel", 30, LutronConstants.ZONE_ID, zone("Accent")).getException()).isNull();
        assertThat(exchange("goToSwitchedLevel", "On", LutronConstants.ZONE_ID, zone("Lamps")).getException()).isNull();
        await().until(() -> Double.valueOf(100).equals(simulator.level(zone("Lamps"))));
        assertThat(simulator.level(zone("Cove"))).isEqualTo(60.0);
        assertThat(simulator.level(zone("Accent"))).isEqualTo(30.0);
        assertThat(simulator.received())
                .anyMatch(l -> l.contains("GoToWhiteTuningLevel") && l.contains("\"Kelvin\":2700"))
                .anyMatch(l -> l.contains("GoToSpectrumTuningLevel") && l.contains("\"Hue\":240"));
    }

    @Test
    void aCommandOfAnotherKindIsNotSent() {
        simulator.clearReceived();
        assertThat(exchange("goToSpectrumTuning", null, LutronConstants.ZONE_ID, zone("Cove"), LutronConstants.KELVIN,
                3000).getException()).hasMessage("goToSpectrumTuning needs a zone of type ColorTune or SpectrumTune, but"
                                                  + " zone " + zone("Cove") + " (Cove) is WhiteTune");
        assertThat(exchange("goToTilt", 20, LutronConstants.ZONE_ID, zone("Shade")).getException())
                .hasMessageContaining("(Shade) is Shade");
        assertThat(exchange("goToFanSpeed", "Low", LutronConstants.ZONE_ID, zone("Exhaust")).getException())
                .hasMessageContaining("(Exhaust) is Switched");
        assertThat(exchange("goToDimmedLevel", 50, LutronConstants.ZONE_ID, zone("Fan")).getException())
                .hasMessageContaining("(Fan) is FanSpeed");
        assertThat(simulator.received()).isEmpty();
    }

    @Test
    void theKeypadLightsTheLedOfTheScenePressedAndPutsOutTheOthers() {
        MockEndpoint events = getMockEndpoint("mock:events");
        Button relax = catalog.buttons().stream().filter(b -> "Room 1 Relax".equals(b.name())).findFirst()
                .orElseThrow();
        Button off = catalog.buttons().stream().filter(b -> "Room 1 Off".equals(b.name())).findFirst().orElseThrow();
        exchange("pressButton", null, LutronConstants.BUTTON_ID, relax.id());
        awaitExchange(events, eventType("LedStatus").and(header(LutronConstants.LED_ID, relax.ledId()))
                .and(header(LutronConstants.LED_STATE, "On")));
        simulator.pressButton(off.id());
        awaitExchange(events, eventType("LedStatus").and(header(LutronConstants.LED_ID, relax.ledId()))
                .and(header(LutronConstants.LED_STATE, "Off")));
        Exchange lit = awaitExchange(events, eventType("LedStatus").and(header(LutronConstants.LED_ID, off.ledId()))
                .and(header(LutronConstants.LED_STATE, "On")));
        assertThat(lit.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Room 1 Off");
        assertThat(lit.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Room 1");
    }
}
