package io.github.camellutron;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.camellutron.client.BridgeListener;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
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
@ManagedResource(description = "Lutron bridge consumer")
public abstract class AbstractLutronConsumer<M, C extends SupervisedConnection<M>> extends DefaultConsumer
        implements BridgeListener<M>, Suspendable {

    private final Set<EventType> eventTypes;
    private volatile C connection;

    protected AbstractLutronConsumer(Endpoint endpoint, Processor processor, String eventTypes) {
        super(endpoint, processor);
        this.eventTypes = parseEventTypes(eventTypes);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = lutronEndpoint().acquireConnection(c -> c.addListener(this));
        HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "consumers", HealthCheckRepository.class);
        if (repo != null) {
            LutronHealthCheck check = new LutronHealthCheck(
                    StringHelper.before(getEndpoint().getEndpointUri(), ":") + "-consumer-" + getRouteId(), connection);
            check.setEnabled(lutronEndpoint().isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
    }

    /**
     * Stops taking events but keeps the bridge connection, so that a graceful shutdown can finish the exchanges in
     * flight before anything is stopped under them.
     */
    @Override
    protected void doSuspend() throws Exception {
        C c = connection;
        if (c != null) {
            c.removeListener(this);
        }
        super.doSuspend();
    }

    /** Takes events again, starting with the connection state and the level of every zone (resync). */
    @Override
    protected void doResume() throws Exception {
        super.doResume();
        C c = connection;
        if (c != null) {
            c.addListener(this);
        }
    }

    @Override
    protected void doStop() throws Exception {
        C c = connection;
        if (c != null) {
            c.removeListener(this);
            lutronEndpoint().releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    @SuppressWarnings("unchecked")
    private LutronEndpoint<C> lutronEndpoint() {
        return (LutronEndpoint<C>) getEndpoint();
    }

    /** The connection while started, else null. */
    public C getConnection() {
        return connection;
    }

    @ManagedAttribute(description = "The bridge, host:port")
    public String getBridge() {
        C c = connection;
        return c != null ? c.bridge() : null;
    }

    @ManagedAttribute(description = "STOPPED, CONNECTING, CONNECTED, DISCONNECTED or FAILED")
    public String getConnectionState() {
        C c = connection;
        return c != null ? c.state().name() : LinkState.STOPPED.name();
    }

    @ManagedAttribute(description = "Whether the bridge session is up")
    public boolean isConnected() {
        C c = connection;
        return c != null && c.state() == LinkState.CONNECTED;
    }

    @ManagedAttribute(description = "Why the link is down, or null while it is up")
    public String getLastFailure() {
        C c = connection;
        Throwable failure = c != null ? c.lastFailure() : null;
        return failure != null ? failure.getMessage() : null;
    }

    @ManagedAttribute(description = "When the bridge last sent something (ISO-8601), or null")
    public String getLastMessageTime() {
        C c = connection;
        return c != null && c.lastMessageTime() != null ? c.lastMessageTime().toString() : null;
    }

    @ManagedAttribute(description = "Reconnect attempts since the connection was opened")
    public long getReconnectCount() {
        C c = connection;
        return c != null ? c.reconnectCount() : 0;
    }

    @ManagedAttribute(description = "Frames from the bridge that could not be read and were skipped")
    public long getBadFrameCount() {
        C c = connection;
        return c != null ? c.badFrameCount() : 0;
    }

    @ManagedOperation(description = "Drop the bridge session and connect again at once")
    public void reconnect() {
        C c = connection;
        if (c != null) {
            c.reconnect();
        }
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
