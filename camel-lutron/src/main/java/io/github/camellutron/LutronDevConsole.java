package io.github.camellutron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camellutron.client.CommandLatency;
import io.github.camellutron.client.SupervisedConnection;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The Lutron bridges of the CamelContext, both schemes: for each open session its link state, why it is down and
 * since when, reconnects, events and bad frames by type, when the last event came, how long commands take, and what
 * the protocol tells of its session (LEAP: the TLS engine, protocol and cipher suite).
 */
@DevConsole(name = "lutron", displayName = "Lutron", description = "Lutron bridge sessions: link state, reconnects,"
                                                                   + " events and bad frames by type, command latency")
public class LutronDevConsole extends AbstractDevConsole {

    public LutronDevConsole() {
        super("camel", "lutron", "Lutron", "Lutron bridge sessions: link state, reconnects, events and bad frames by"
                                           + " type, command latency");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> bridge : bridges()) {
            sb.append(bridge.get("scheme")).append(' ').append(bridge.get("bridge")).append(": ")
                    .append(bridge.get("state")).append(" since ").append(bridge.get("since"));
            if (bridge.get("reason") != null) {
                sb.append(" (").append(bridge.get("reason")).append(')');
            }
            sb.append("\n    reconnects: ").append(bridge.get("reconnects"))
                    .append(", reading paused: ").append(bridge.get("readingPaused"))
                    .append(", last event: ").append(bridge.get("lastEventTime"))
                    .append("\n    events: ").append(bridge.get("events"))
                    .append("\n    bad frames: ").append(bridge.get("badFrames"))
                    .append("\n    commands: ").append(bridge.get("commands"));
            if (bridge.get("session") instanceof Map<?, ?> session && !session.isEmpty()) {
                sb.append("\n    session: ").append(session);
            }
            sb.append('\n');
        }
        return sb.length() == 0 ? "No Lutron bridge sessions are open\n" : sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> bridges = new ArrayList<>();
        for (Map<String, Object> bridge : bridges()) {
            bridges.add(new JsonObject(bridge));
        }
        root.put("bridges", bridges);
        return root;
    }

    private List<Map<String, Object>> bridges() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof AbstractLutronComponent<?, ?> lutron) {
                for (SupervisedConnection<?, ?> connection : lutron.connections()) {
                    all.add(describe(name, connection));
                }
            }
        }
        return all;
    }

    private static Map<String, Object> describe(String scheme, SupervisedConnection<?, ?> c) {
        Map<String, Object> bridge = new LinkedHashMap<>();
        bridge.put("scheme", scheme);
        bridge.put("bridge", c.bridge());
        bridge.put("state", c.state().name());
        bridge.put("since", c.stateSince().toString());
        Throwable failure = c.lastFailure();
        bridge.put("reason", failure != null ? failure.getMessage() : null);
        bridge.put("reconnects", c.reconnectCount());
        bridge.put("readingPaused", c.isReadingPaused());
        bridge.put("lastEventTime", c.lastEventTime() != null ? c.lastEventTime().toString() : null);
        Map<String, Object> events = new LinkedHashMap<>();
        c.eventCounts().forEach((type, n) -> events.put(type.name(), n));
        bridge.put("events", new JsonObject(events));
        Map<String, Object> badFrames = new LinkedHashMap<>();
        c.badFrameCounts().forEach((kind, n) -> badFrames.put(kind.name(), n));
        bridge.put("badFrames", new JsonObject(badFrames));
        CommandLatency latency = c.commandLatency();
        Map<String, Object> commands = new LinkedHashMap<>();
        commands.put("count", latency.count());
        commands.put("meanMicros", latency.meanNanos() / 1000);
        commands.put("maxMicros", latency.maxNanos() / 1000);
        bridge.put("commands", new JsonObject(commands));
        bridge.put("session", new JsonObject(c.details()));
        return bridge;
    }
}
