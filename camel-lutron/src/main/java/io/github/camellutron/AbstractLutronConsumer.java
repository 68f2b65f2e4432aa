package io.github.camellutron;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.client.BridgeListener;
import io.github.camellutron.client.ButtonGestureDetector;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both schemes' consumers do: listen on the bridge's shared session while started, turn each event that passes
 * the filters into an exchange with the contract's headers, and report the connection's readiness. Events are routed
 * on Camel threads in the bridge's order through a bounded queue ({@link EventDispatcher}), or on the I/O thread when
 * {@code usingExecutorService=false}.
 * <p>
 * With {@code buttonGestures}, a {@link ButtonGestureDetector} of its own runs on the connection's loop, where the
 * events come from, its timers too: the button events that pass the scheme's filters feed it after they are handed on
 * themselves, and the gestures go the same way as events, so the route sees them in order with the rest. Any
 * connection event (a disconnect above all), a suspend and a stop end the gestures under way without emitting them.
 *
 * @param <M> the protocol's message type
 * @param <C> the protocol's connection
 */
@ManagedResource(description = "Lutron bridge consumer")
public abstract class AbstractLutronConsumer<M, C extends SupervisedConnection<M, ?>> extends DefaultConsumer
        implements BridgeListener<M>, Suspendable, ShutdownAware {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractLutronConsumer.class);

    private final Set<EventType> eventTypes;
    private final ButtonGestureDetector.Timing gestureTiming;
    private volatile SessionHandle<C> session;
    private volatile EventDispatcher dispatcher;
    /** Non-null while started with buttonGestures; used on the connection's loop only. */
    private volatile ButtonGestureDetector gestures;

    protected AbstractLutronConsumer(AbstractLutronEndpoint<?, C> endpoint, Processor processor) {
        super(endpoint, processor);
        LutronConfiguration c = endpoint.getConfiguration();
        this.eventTypes = parseEventTypes(c.getEventTypes());
        this.gestureTiming = c.isButtonGestures() ? gestureTiming(c) : null;
    }

    private static ButtonGestureDetector.Timing gestureTiming(LutronConfiguration c) {
        try {
            return new ButtonGestureDetector.Timing(Duration.ofMillis(c.getDoubleTapWindow()),
                    Duration.ofMillis(c.getLongPressTime()), Duration.ofMillis(c.getHoldRepeatInterval()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("buttonGestures: " + e.getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public AbstractLutronEndpoint<?, C> getEndpoint() {
        return (AbstractLutronEndpoint<?, C>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        AbstractLutronEndpoint<?, C> endpoint = getEndpoint();
        LutronConfiguration configuration = endpoint.getConfiguration();
        SessionHandle<C> handle = endpoint.openSession();
        session = handle;
        if (configuration.isUsingExecutorService()) {
            dispatcher = new EventDispatcher(endpoint.getComponent().routingThreads(), handle.connection(),
                    configuration.getEventQueueSize(), this::route);
        }
        if (gestureTiming != null) {
            gestures = new ButtonGestureDetector(handle.connection().eventLoop(), gestureTiming, this::gesture);
        } else if (eventTypes != null && eventTypes.contains(EventType.ButtonGesture)) {
            LOG.warn("Route {} takes ButtonGesture events but its endpoint has no buttonGestures=true: it gets none",
                    getRouteId());
        }
        handle.connection().addListener(this);
        HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "consumers", HealthCheckRepository.class);
        if (repo != null) {
            LutronHealthCheck check = new LutronHealthCheck(
                    endpoint.getComponent().scheme() + "-consumer-" + getRouteId(), handle.connection());
            check.setEnabled(endpoint.isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
    }

    /**
     * Stops taking events but keeps the bridge session, so that a graceful shutdown can finish the exchanges in
     * flight (and those queued) before anything is stopped under them.
     */
    @Override
    protected void doSuspend() throws Exception {
        C c = getConnection();
        if (c != null) {
            c.removeListener(this);
            resetGestures(c);
        }
        super.doSuspend();
    }

    /** Takes events again, starting with the connection state and the level of every zone (resync). */
    @Override
    protected void doResume() throws Exception {
        super.doResume();
        C c = getConnection();
        if (c != null) {
            // once resumed, what the bridge reports next is a live event: the listener is back before resume returns
            // (a route resuming its own consumer from the loop cannot wait for the loop)
            CompletableFuture<Void> added = c.addListener(this);
            if (!c.eventLoop().inEventLoop()) {
                added.get(c.options().responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        SessionHandle<C> handle = session;
        if (handle != null) {
            handle.connection().removeListener(this);
            ButtonGestureDetector g = gestures;
            gestures = null;
            if (g != null) {
                // after the listener's removal on the loop: no event feeds it again, and its timers are cancelled
                handle.connection().execute(g::close);
            }
            EventDispatcher d = dispatcher;
            dispatcher = null;
            if (d != null) {
                int dropped = d.close();
                if (dropped > 0) {
                    LOG.warn("Route {} stopped with {} events of bridge {} not routed yet", getRouteId(), dropped,
                            handle.connection().bridge());
                }
            }
            session = null;
            handle.close();
        }
        super.doStop();
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    /** Queued events count as pending, so that a graceful shutdown routes them before it stops the route. */
    @Override
    public int getPendingExchangesSize() {
        EventDispatcher d = dispatcher;
        return d != null ? d.pending() : 0;
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // nothing to prepare: suspend stops taking events, pending ones are routed or counted when stopped
    }

    /** The connection while started, else null. */
    public C getConnection() {
        SessionHandle<C> handle = session;
        return handle != null ? handle.connection() : null;
    }

    @ManagedAttribute(description = "The bridge, host:port")
    public String getBridge() {
        C c = getConnection();
        return c != null ? c.bridge() : null;
    }

    @ManagedAttribute(description = "STOPPED, CONNECTING, CONNECTED, DISCONNECTED or FAILED")
    public String getConnectionState() {
        C c = getConnection();
        return c != null ? c.state().name() : LinkState.STOPPED.name();
    }

    @ManagedAttribute(description = "Whether the bridge session is up")
    public boolean isConnected() {
        C c = getConnection();
        return c != null && c.state() == LinkState.CONNECTED;
    }

    @ManagedAttribute(description = "Why the link is down, or null while it is up")
    public String getLastFailure() {
        C c = getConnection();
        Throwable failure = c != null ? c.lastFailure() : null;
        return failure != null ? failure.getMessage() : null;
    }

    @ManagedAttribute(description = "When the bridge last sent something (ISO-8601), or null")
    public String getLastMessageTime() {
        C c = getConnection();
        return c != null && c.lastMessageTime() != null ? c.lastMessageTime().toString() : null;
    }

    @ManagedAttribute(description = "Reconnect attempts since the connection was opened")
    public long getReconnectCount() {
        C c = getConnection();
        return c != null ? c.reconnectCount() : 0;
    }

    @ManagedAttribute(description = "Frames from the bridge that could not be read and were skipped")
    public long getBadFrameCount() {
        C c = getConnection();
        return c != null ? c.badFrameCount() : 0;
    }

    @ManagedAttribute(description = "Whether reading from the bridge is paused because a route cannot keep up")
    public boolean isReadingPaused() {
        C c = getConnection();
        return c != null && c.isReadingPaused();
    }

    @ManagedAttribute(description = "Events of this consumer waiting for its route")
    public int getQueuedEvents() {
        return getPendingExchangesSize();
    }

    @ManagedOperation(description = "Drop the bridge session and connect again at once")
    public void reconnect() {
        C c = getConnection();
        if (c != null) {
            c.reconnect();
        }
    }

    /** Ends the gestures under way, on the loop after the listener's removal that {@code c} has queued. */
    private void resetGestures(C c) {
        ButtonGestureDetector g = gestures;
        if (g != null) {
            c.execute(g::reset);
        }
    }

    @Override
    public void onEvent(LutronEvent event, M source) {
        // the listener is removed on the I/O thread, so a few events may still come while suspending or stopping
        if (isSuspendingOrSuspended() || isStoppingOrStopped()) {
            return;
        }
        ButtonGestureDetector g = gestures;
        if (g != null && event instanceof ConnectionEvent) {
            // a release lost with the link must not leave a hold repeating: every gesture under way ends unmade
            g.reset();
        }
        if (!accepts(event, source)) {
            return;
        }
        if (eventTypes == null || eventTypes.contains(event.type())) {
            dispatch(event);
        }
        if (g != null && event instanceof ButtonEvent button) {
            // after the button event itself, which is never delayed; a double tap or a bridge's hold comes right after
            g.onButton(button);
        }
    }

    /** A gesture of the detector, on the connection's loop: routed as an event, if the route takes gestures. */
    private void gesture(ButtonGesture gesture) {
        if (isSuspendingOrSuspended() || isStoppingOrStopped()
            || eventTypes != null && !eventTypes.contains(EventType.ButtonGesture)) {
            return;
        }
        dispatch(gesture);
    }

    /** Hands an event to the route: queued for a Camel thread, or routed here on the loop. */
    private void dispatch(LutronEvent event) {
        EventDispatcher d = dispatcher;
        if (d != null) {
            d.offer(event);
            return;
        }
        Exchange exchange = exchangeOf(event, true);
        getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
    }

    /** Routes one event on the caller's (a Camel) thread, waiting until the route is done with it. */
    private void route(LutronEvent event) {
        // released here, once: an exchange that Camel released as well would sit in a pooled factory's pool twice
        Exchange exchange = exchangeOf(event, false);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Error routing a Lutron event", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }

    private Exchange exchangeOf(LutronEvent event, boolean autoRelease) {
        Exchange exchange = createExchange(autoRelease);
        exchange.setIn(new LutronMessage(getEndpoint().getCamelContext(), event));
        return exchange;
    }

    /**
     * The scheme's own filters (LIP: command words and ids); the {@code eventTypes} filter is applied apart, after
     * them, so that button events it leaves out still make gestures.
     */
    protected boolean accepts(LutronEvent event, M source) {
        return true;
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
