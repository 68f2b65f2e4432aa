package io.github.camellutron.examples;

import java.util.List;

import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
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
            return String.format("%-15s %s%s (zone %d) level %.0f%s%s%s", "ZoneStatus", where, what, z.zoneId(),
                    z.level(), z.fanSpeed() != null ? " fan " + z.fanSpeed() : "",
                    z.tilt() != null ? String.format(" tilt %.0f", z.tilt()) : "", z.resync() ? " [resync]" : "");
        }
        if (event instanceof ButtonGesture g) {
            return String.format("%-15s %s%s (device %d button %d) %s", "ButtonGesture", where, what, g.deviceId(),
                    g.buttonId(), g.gesture());
        }
        if (event instanceof AwayStatus a) {
            return String.format("%-15s Smart Away %s%s", "AwayStatus", a.enabledState(), a.resync() ? " [resync]" : "");
        }
        if (event instanceof TimeclockStatus t) {
            return String.format("%-15s %s (timeclock %d) %s", "TimeclockStatus", what, t.timeclockId(),
                    t.executedEvent() != null ? "ran event " + t.executedEvent() : "mode " + t.mode());
        }
        if (event instanceof GreenModeStatus g) {
            return String.format("%-15s %s (green mode %d) step %d", "GreenModeStatus", what, g.modeId(), g.step());
        }
        if (event instanceof VariableStatus v) {
            return String.format("%-15s %s (variable %d) value %d", "VariableStatus", what, v.variableId(), v.value());
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
            return String.format("%-15s %s (%s) %s", "OccupancyStatus", what,
                    o.deviceId() != null ? "sensor " + o.deviceId() : "area " + o.areaId(), o.occupancy());
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
