package io.github.camellutron.examples;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.builder.RouteBuilder;

/**
 * The demo's routes: every event of the bridge logged with its names, and one automation that turns the
 * hallway lights on when someone walks into the hallway.
 */
public class DemoRoutes extends RouteBuilder {

    static final int HALLWAY = 6;
    static final int HALLWAY_LIGHTS = 19;

    private final String bridge;

    /** @param bridge a {@code lutron-lip:} endpoint URI with its options */
    public DemoRoutes(String bridge) {
        this.bridge = bridge;
    }

    @Override
    public void configure() {
        from(bridge).routeId("log-events")
                .setBody(exchange -> describe(exchange.getMessage().getBody(LutronEvent.class)))
                .to("log:lutron.events?plain=true");

        from(bridge + "&eventTypes=OccupancyStatus&integrationIds=" + HALLWAY).routeId("hallway-lights")
                .filter(header(LutronConstants.OCCUPANCY).isEqualTo("Occupied"))
                .setHeader(LutronConstants.OPERATION, constant("goToLevel"))
                .setHeader(LutronConstants.ZONE_ID, constant(HALLWAY_LIGHTS))
                .setHeader(LutronConstants.LEVEL, constant(100))
                .to(bridge)
                .log("Someone is in the hallway: hallway lights on (bridge answered ${body})");
    }

    /** One readable line per event, names first. */
    static String describe(LutronEvent event) {
        String where = event.area() != null ? event.area() + " / " : "";
        String what = event.name() != null ? event.name() : "";
        if (event instanceof ZoneStatus z) {
            return String.format("%-15s %s%s (zone %d) level %.0f%s", "ZoneStatus", where, what, z.zoneId(), z.level(),
                    z.resync() ? " [resync]" : "");
        }
        if (event instanceof ButtonEvent b) {
            return String.format("%-15s %s%s (device %d button %d) %s", "ButtonEvent", where, what, b.deviceId(),
                    b.buttonId(), b.action());
        }
        if (event instanceof LedStatus l) {
            return String.format("%-15s %s%s (device %d LED %d) %s", "LedStatus", where, what, l.deviceId(), l.ledId(),
                    l.state());
        }
        if (event instanceof OccupancyStatus o) {
            return String.format("%-15s %s (area %d) %s", "OccupancyStatus", what, o.areaId(), o.occupancy());
        }
        if (event instanceof ConnectionEvent c) {
            return String.format("%-15s %s %s%s", "Connection", c.bridge(), c.state(),
                    c.reason() != null ? " (" + c.reason() + ")" : "");
        }
        if (event instanceof RawEvent r) {
            return String.format("%-15s %s", "Raw", r.text());
        }
        return event.toString();
    }
}
