package io.github.camellutron;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.client.BadFrame;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.EventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The counters of one bridge session as Micrometer meters, tagged with the scheme and the bridge, for as long as the
 * session is open. Loaded only when Micrometer is on the classpath and a {@link MeterRegistry} is in the Camel
 * registry.
 */
final class LutronMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    private LutronMeters(MeterRegistry registry, String scheme, SupervisedConnection<?, ?> c) {
        this.registry = registry;
        Tags tags = Tags.of("scheme", scheme, "bridge", c.bridge());
        meters.add(Gauge.builder("lutron.bridge.connected", c, x -> x.state() == LinkState.CONNECTED ? 1 : 0)
                .description("1 while the bridge session is up").tags(tags).register(registry));
        meters.add(Gauge.builder("lutron.bridge.reading.paused", c, x -> x.isReadingPaused() ? 1 : 0)
                .description("1 while reading pauses because a route is behind").tags(tags).register(registry));
        meters.add(FunctionCounter.builder("lutron.bridge.reconnects", c, x -> x.reconnectCount())
                .description("Reconnect attempts").tags(tags).register(registry));
        for (EventType type : EventType.values()) {
            meters.add(FunctionCounter.builder("lutron.bridge.events", c, x -> x.eventCounts().get(type))
                    .description("Events handed to routes").tags(tags.and("type", type.name())).register(registry));
        }
        for (BadFrame kind : BadFrame.values()) {
            meters.add(FunctionCounter.builder("lutron.bridge.bad.frames", c, x -> x.badFrameCounts().get(kind))
                    .description("Frames from the bridge skipped as unreadable").tags(tags.and("kind", kind.name()))
                    .register(registry));
        }
        meters.add(FunctionTimer.builder("lutron.bridge.command.latency", c, x -> x.commandLatency().count(),
                x -> x.commandLatency().totalNanos(), TimeUnit.NANOSECONDS)
                .description("From a command given to the bridge's answer").tags(tags).register(registry));
    }

    /** The meters of a session, or null when the context has no {@link MeterRegistry}. */
    static LutronMeters bind(org.apache.camel.CamelContext context, String scheme, SupervisedConnection<?, ?> c) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry != null ? new LutronMeters(registry, scheme, c) : null;
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
    }
}
