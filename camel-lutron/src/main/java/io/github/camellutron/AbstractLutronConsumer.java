package io.github.camellutron;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import io.github.camellutron.client.BridgeListener;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.util.StringHelper;

/**
 * What both schemes' consumers do: listen on the bridge's shared connection while started, turn each event that
 * passes the filters into an exchange with the contract's headers, and report the connection's readiness.
 *
 * @param <M> the protocol's message type
 * @param <C> the protocol's connection
 */
public abstract class AbstractLutronConsumer<M, C extends SupervisedConnection<M>> extends DefaultConsumer
        implements BridgeListener<M> {

    private final Set<EventType> eventTypes;
    private volatile C connection;

    protected AbstractLutronConsumer(Endpoint endpoint, Processor processor, String eventTypes) {
        super(endpoint, processor);
        this.eventTypes = parseEventTypes(eventTypes);
    }

    /** The shared connection of this endpoint's bridge; {@code user} runs before it opens. */
    protected abstract C acquireConnection(Consumer<C> user);

    protected abstract void releaseConnection();

    protected abstract boolean isHealthCheckEnabled();

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = acquireConnection(c -> c.addListener(this));
        HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "consumers", HealthCheckRepository.class);
        if (repo != null) {
            LutronHealthCheck check = new LutronHealthCheck(
                    StringHelper.before(getEndpoint().getEndpointUri(), ":") + "-consumer-" + getRouteId(), connection);
            check.setEnabled(isHealthCheckEnabled());
            setHealthCheck(check);
        }
    }

    @Override
    protected void doStop() throws Exception {
        C c = connection;
        if (c != null) {
            c.removeListener(this);
            releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    /** The connection while started, else null. */
    public C getConnection() {
        return connection;
    }

    @Override
    public void onEvent(LutronEvent event, M source) {
        if (!accepts(event, source)) {
            return;
        }
        Exchange exchange = createExchange(true);
        LutronHeaders.populate(exchange.getMessage(), event);
        getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
    }

    /** The {@code eventTypes} filter; schemes add theirs. */
    protected boolean accepts(LutronEvent event, M source) {
        return eventTypes == null || eventTypes.contains(event.type());
    }

    /** The event types of a comma list, case-insensitive; null for all. */
    public static Set<EventType> parseEventTypes(String list) {
        Set<String> words = parseList(list);
        if (words == null) {
            return null;
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String word : words) {
            types.add(Arrays.stream(EventType.values()).filter(t -> t.name().equalsIgnoreCase(word)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + word
                                                                    + "' in eventTypes; known: "
                                                                    + Arrays.toString(EventType.values()))));
        }
        return types;
    }

    /** The trimmed, non-empty items of a comma list; null when there are none. */
    protected static Set<String> parseList(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                words.add(item.trim());
            }
        }
        return words.isEmpty() ? null : words;
    }
}
