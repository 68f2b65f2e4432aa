package io.github.camellutron.examples;

import java.util.List;

import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.builder.RouteBuilder;

/**
 * Logs every event of every bridge as one readable line, names first: what a route sees, at a glance.
 */
public class DemoRoutes extends RouteBuilder {

    private final List<BridgeEndpoint> bridges;

    public DemoRoutes(List<BridgeEndpoint> bridges) {
        this.bridges = List.copyOf(bridges);
    }

    @Override
    public void configure() {
        for (BridgeEndpoint bridge : bridges) {
            from(bridge.uri()).routeId("log-" + bridge.name())
                    .setBody(exchange -> bridge.name() + "  " + describe(exchange.getMessage().getBody(LutronEvent.class)))
                    .to("log:lutron.events?plain=true");
        }
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
        if (event instanceof AreaStatus a) {
            return String.format("%-15s %s (area %d) level %s, %s", "AreaStatus", what, a.areaId(), a.level(),
                    a.occupancy());
        }
        if (event instanceof RawEvent r) {
            String text = r.text().length() > 160 ? r.text().substring(0, 160) + "..." : r.text();
            return String.format("%-15s %s", "Raw", text);
        }
        return event.toString();
    }
}
