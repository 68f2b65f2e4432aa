package io.github.camellutron.leap;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A route on a big RadioRA 3 / HomeWorks QSX house (the simulator's large house: 100 areas, 1000 zones, 300 keypads
 * and Picos): discovery brings the whole catalog with the house's names, a scene and a zone found by name work, and
 * {@code discoveryConcurrency} is a session option.
 */
class LeapLargeHouseTest extends LeapTestSupport {

    @Override
    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.RA3;
    }

    @Override
    protected LeapBridgeSimulator.Builder configureSimulator(LeapBridgeSimulator.Builder builder) {
        return builder.largeHouse(100, 1000, 300);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // discovering 3289 requests takes seconds on a loaded machine: the catalog may wait that long
                from("direct:leap").to(leap("responseTimeout=30000"));
                from(leap("eventTypes=ZoneStatus,ButtonEvent,Connection&responseTimeout=30000")).routeId("events")
                        .to("mock:events");
            }
        };
    }

    private LutronCatalog catalog() {
        return template.request("direct:leap", e -> e.getMessage().setHeader(LutronConstants.OPERATION, "catalog"))
                .getMessage().getBody(LutronCatalog.class);
    }

    private void route(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).to("mock:" + id);
            }
        });
    }

    @Test
    void theWholeHouseIsDiscoveredWithItsNames() {
        LutronCatalog catalog = catalog();
        assertThat(catalog.areas()).hasSize(100);
        assertThat(catalog.areas().stream().map(Area::name).filter(n -> n.startsWith("Room "))).hasSize(95);
        assertThat(catalog.areas().stream().map(Area::name).filter(n -> n.startsWith("Floor "))).hasSize(4);
        Area home = catalog.areas().stream().filter(a -> a.name().equals("Home")).findFirst().orElseThrow();
        assertThat(home.parentId()).isNull();

        assertThat(catalog.zones()).hasSize(1000).allSatisfy(z -> {
            assertThat(z.name()).isEqualTo(simulator.zoneName(z.id()));
            assertThat(z.area()).startsWith("Room ");
        });
        assertThat(catalog.zones().stream().map(Zone::id)).containsExactlyInAnyOrderElementsOf(simulator.zoneIds());
        assertThat(zone(catalog, "Room 7", "Shade").type()).isEqualTo("Shade");

        List<Device> keypads = catalog.devices().stream().filter(d -> !d.buttons().isEmpty()).toList();
        assertThat(keypads).hasSize(300);
        // every room has three or four stations, the third of them a Pico
        assertThat(keypads.stream().filter(d -> "Pico3ButtonRaiseLower".equals(d.type()))).hasSize(95);
        assertThat(keypads.stream().filter(d -> "SunnataKeypad".equals(d.type()))).hasSize(205);
        assertThat(catalog.buttons().stream().map(Button::id)).containsExactlyInAnyOrderElementsOf(simulator.buttonIds());
        Device entry = keypads.stream().filter(d -> d.name().equals("Entry Keypad") && "Room 1".equals(d.area()))
                .findFirst().orElseThrow();
        assertThat(entry.buttons()).extracting(Button::name)
                .containsExactly("Room 1 Bright", "Room 1 Entertain", "Room 1 Relax", "Room 1 Off");
        assertThat(entry.buttons()).allMatch(b -> b.ledId() != null);
    }

    @Test
    void aSceneByNameIsPressedAndItsEventsCarryTheName() {
        template.requestBodyAndHeaders("direct:leap", "Room 42 Relax", Map.of(LutronConstants.OPERATION,
                "activateScene"));
        Button relax = catalog().buttons().stream().filter(b -> "Room 42 Relax".equals(b.name())).findFirst()
                .orElseThrow();
        assertThat(simulator.received()).anyMatch(l -> l.contains("/button/" + relax.id() + "/commandprocessor"));
        Exchange press = awaitExchange(getMockEndpoint("mock:events"), e -> Integer.valueOf(relax.id())
                .equals(e.getMessage().getHeader(LutronConstants.BUTTON_ID)));
        assertThat(press.getMessage().getHeader(LutronConstants.BUTTON_EVENT)).isEqualTo("Press");
        assertThat(press.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Room 42 Relax");
        assertThat(press.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Room 42");
    }

    @Test
    void aZoneFoundByNameTakesACommandAndItsEventsCarryTheNames() {
        Zone pendants = zone(catalog(), "Room 7", "Pendants");
        MockEndpoint events = getMockEndpoint("mock:events");
        // the snapshot after Connected names every zone of the house
        await().atMost(Duration.ofSeconds(30)).until(() -> resync(events).size() == 1000);
        assertThat(resync(events)).allMatch(e -> e.getMessage().getHeader(LutronConstants.NAME) != null);

        template.sendBodyAndHeaders("direct:leap", null, Map.of(LutronConstants.OPERATION, "goToLevel",
                LutronConstants.ZONE_ID, pendants.id(), LutronConstants.LEVEL, 55));
        assertThat(simulator.level(pendants.id())).isEqualTo(55.0);
        Exchange pushed = awaitExchange(events, e -> Integer.valueOf(pendants.id())
                .equals(e.getMessage().getHeader(LutronConstants.ZONE_ID))
                && Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC)));
        assertThat(pushed.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(55.0);
        assertThat(pushed.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Pendants");
        assertThat(pushed.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Room 7");
    }

    @Test
    void discoveryConcurrencyIsASessionOption() throws Exception {
        route("first", leap("discoveryConcurrency=2"));
        LeapConsumer first = (LeapConsumer) context.getRoute("first").getConsumer();
        assertThat(first.getConnection().options().discoveryConcurrency()).isEqualTo(2);
        assertThatThrownBy(() -> route("second", leap("discoveryConcurrency=8")))
                .hasStackTraceContaining("discoveryConcurrency=8")
                .hasStackTraceContaining("discoveryConcurrency=2")
                .hasStackTraceContaining("127.0.0.1:" + simulator.port());
        // the same value, or none, is fine
        route("third", leap("discoveryConcurrency=2"));
        route("fourth", leap("eventTypes=Connection"));
        awaitExchange(getMockEndpoint("mock:fourth"), header(LutronConstants.CONNECTION_STATE, "Connected"));
    }

    @Test
    void aDiscoveryConcurrencyBelowOneIsRefused() {
        assertThatThrownBy(() -> route("none", leap("discoveryConcurrency=0")))
                .hasStackTraceContaining("discoveryConcurrency must be at least 1");
    }

    private static Zone zone(LutronCatalog catalog, String area, String name) {
        return catalog.zones().stream().filter(z -> area.equals(z.area()) && name.equals(z.name())).findFirst()
                .orElseThrow();
    }

    private static List<Exchange> resync(MockEndpoint events) {
        return events.getExchanges().stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))).toList();
    }
}
