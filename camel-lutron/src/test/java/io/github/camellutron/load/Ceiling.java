package io.github.camellutron.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Camel's ceiling: a consumer with no I/O at all that makes one exchange per event from an in-memory loop, with the
 * body and the five headers a lutron consumer's zone event has ({@code CamelLutronBridge}, {@code EventType},
 * {@code ZoneId}, {@code Level}, {@code Resync}), hands it to its route and releases it, as a consumer does. What a
 * route of a lutron consumer does per event beyond this is the component's; this is what Camel itself costs.
 * <p>
 * {@code ceiling:NAME} endpoints; {@link #fire} runs a burst on the calling thread (the route runs on it too).
 */
final class Ceiling extends DefaultComponent {

    private final Map<String, CeilingConsumer> consumers = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new CeilingEndpoint(uri, this, remaining);
    }

    /** The events of one burst, as the LIP firehose's lines would give them: zones cycled, levels that change. */
    static List<ZoneStatus> events(List<Integer> zones, int count) {
        Instant now = Instant.now();
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new ZoneStatus("ceiling", now, zones.get(i % zones.size()), i % 101, false, null, null))
                .toList();
    }

    /** Routes {@code repeats} times every event through the route of {@code ceiling:name}, on this thread. */
    CompletableFuture<Void> fire(String name, List<ZoneStatus> events, long repeats) {
        CeilingConsumer consumer = consumers.get(name);
        if (consumer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no route from ceiling:" + name));
        }
        try {
            for (long r = 0; r < repeats; r++) {
                for (ZoneStatus event : events) {
                    consumer.route(event);
                }
            }
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private final class CeilingEndpoint extends DefaultEndpoint {
        private final String name;

        CeilingEndpoint(String uri, Ceiling component, String name) {
            super(uri, component);
            this.name = name;
        }

        @Override
        public Producer createProducer() {
            throw new UnsupportedOperationException("ceiling: is a consumer only");
        }

        @Override
        public Consumer createConsumer(Processor processor) throws Exception {
            CeilingConsumer consumer = new CeilingConsumer(this, processor);
            configureConsumer(consumer);
            consumers.put(name, consumer);
            return consumer;
        }
    }

    private static final class CeilingConsumer extends DefaultConsumer {
        CeilingConsumer(Endpoint endpoint, Processor processor) {
            super(endpoint, processor);
        }

        void route(ZoneStatus event) throws Exception {
            Exchange exchange = createExchange(false);
            try {
                Message m = exchange.getMessage();
                m.setBody(event);
                m.setHeader(LutronConstants.BRIDGE, event.bridge());
                m.setHeader(LutronConstants.EVENT_TYPE, event.type().name());
                m.setHeader(LutronConstants.ZONE_ID, event.zoneId());
                m.setHeader(LutronConstants.LEVEL, event.level());
                m.setHeader(LutronConstants.RESYNC, event.resync());
                getProcessor().process(exchange);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
            } finally {
                releaseExchange(exchange, false);
            }
        }
    }
}
