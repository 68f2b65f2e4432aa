package io.github.camellutron;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.client.SupervisedConnection;
import io.netty.channel.EventLoopGroup;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both schemes' components do: make endpoints from {@code scheme:host[:port]?options}, and share one bridge
 * session among every endpoint that names the same bridge (scheme, host, port, identity). The session's options
 * (ARCHITECTURE 3.4) follow one rule: set on any endpoint or on the component, one value per session; an endpoint
 * that leaves one unset takes the session's; an endpoint's value wins over the component's; an endpoint that starts
 * with another value than one a running endpoint set fails to start, naming the option and both values. The component also owns the threads routes run on and the
 * background tasks of sessions, from Camel's {@link ExecutorServiceManager}.
 *
 * @param <G> the scheme's configuration
 * @param <C> the scheme's connection
 */
public abstract class AbstractLutronComponent<G extends LutronConfiguration, C extends SupervisedConnection<?, ?>>
        extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractLutronComponent.class);

    @Metadata(label = "advanced",
              description = "The Netty event loop group for bridge connections. Default: one group shared by every"
                            + " Lutron endpoint of the CamelContext.")
    private EventLoopGroup eventLoopGroup;

    @Metadata(label = "consumer,advanced",
              description = "How many threads route the consumed events of all this component's bridges (each consumer"
                            + " uses one at a time, in the bridge's order; a thread idle for a minute ends). 0, the"
                            + " default, means twice the number of cores, at least 4. A route that blocks holds one of"
                            + " them while it blocks, so with many slow routes make it larger.")
    private int routingPoolSize;

    @Metadata(label = "producer,advanced",
              description = "How many threads continue the exchanges of all this component's producers once a bridge"
                            + " answers: the steps after a producer run there, never on the I/O thread the bridges"
                            + " share. 0, the default, means as many as are busy at once (a thread idle for a minute"
                            + " ends). A bounded pool queues answers while all its threads are busy; a step after a"
                            + " producer that waits for another producer's answer (a ProducerTemplate call) on every"
                            + " one of them then waits for good, so bound it only when no such step does.")
    private int replyPoolSize;

    private final Map<Object, Session> sessions = new HashMap<>();
    private ExecutorService routingThreads;
    private ExecutorService replyThreads;
    private ScheduledExecutorService backgroundThreads;

    /** The component's configuration, which every endpoint starts from. */
    public abstract G getConfiguration();

    protected abstract String scheme();

    protected abstract int defaultPort();

    protected abstract AbstractLutronEndpoint<G, C> newEndpoint(String uri, G configuration);

    /** The options of the scheme that belong to the session, not to one endpoint. */
    protected abstract List<SessionOption<G>> sessionOptions();

    /** What names the session of an endpoint besides scheme, host and port: the LIP user, the LEAP client identity. */
    protected abstract Object identity(G configuration);

    /** A new, unstarted connection to the bridge with the session's settings. */
    protected abstract C newConnection(String host, int port, G settings, EventLoopGroup group);

    /** The session's settings changed (an endpoint joined with options the session did not have yet). */
    protected abstract void reconfigure(C connection, String host, int port, G settings);

    /** A session opens: start what goes with it besides the connection; closed with the session. */
    protected AutoCloseable sessionOpened(C connection, G settings) {
        return null;
    }

    /** A session's settings changed; {@code companion} is what {@link #sessionOpened} returned. */
    protected void sessionChanged(C connection, G settings, AutoCloseable companion) {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BridgeAddress address = BridgeAddress.parse(scheme(), remaining, defaultPort());
        @SuppressWarnings("unchecked")
        G configuration = (G) getConfiguration().copyOf();
        AbstractLutronEndpoint<G, C> endpoint = newEndpoint(uri, configuration);
        endpoint.setHost(address.host());
        endpoint.setPort(address.port());
        Set<String> named = new LinkedHashSet<>();
        for (String key : parameters.keySet()) {
            named.add(key.toLowerCase(Locale.ROOT));
        }
        setProperties(endpoint, parameters);
        List<SessionOption<G>> set = new ArrayList<>();
        for (SessionOption<G> option : sessionOptions()) {
            if (named.contains(option.name().toLowerCase(Locale.ROOT))) {
                set.add(option);
            }
        }
        endpoint.setSessionOptionsSet(set);
        return endpoint;
    }

    /**
     * The endpoint's share of its bridge's session, opened and started if this is its first user.
     *
     * @throws IllegalArgumentException when the endpoint sets a session option to another value than a running
     *                                  endpoint of the same bridge did
     */
    synchronized SessionHandle<C> acquire(AbstractLutronEndpoint<G, C> endpoint) {
        G wanted = endpoint.getConfiguration();
        List<Object> key = List.of(endpoint.getHost(), endpoint.getPort(), identity(wanted));
        Session session = sessions.get(key);
        List<SessionOption<G>> claimed = endpoint.getSessionOptionsSet();
        boolean start = session == null;
        if (session == null) {
            @SuppressWarnings("unchecked")
            G settings = (G) wanted.copyOf();
            session = new Session(key, settings, newConnection(endpoint.getHost(), endpoint.getPort(), settings,
                    eventLoopGroup()));
            checkConflicts(session, endpoint);
            sessions.put(key, session);
            session.companion = sessionOpened(session.connection, settings);
            session.meters = meters(session.connection);
        } else {
            checkConflicts(session, endpoint);
            @SuppressWarnings("unchecked")
            G changed = (G) session.settings.copyOf();
            boolean differs = false;
            for (SessionOption<G> option : claimed) {
                if (!option.sameValue(changed, wanted)) {
                    option.copy(wanted, changed);
                    differs = true;
                }
            }
            if (differs) {
                // settings that cannot be applied (an invalid value) fail this endpoint and leave the session as it was
                reconfigure(session.connection, endpoint.getHost(), endpoint.getPort(), changed);
                for (SessionOption<G> option : sessionOptions()) {
                    option.copy(changed, session.settings);
                }
                sessionChanged(session.connection, session.settings, session.companion);
                start = true;
            }
        }
        for (SessionOption<G> option : claimed) {
            session.claims.computeIfAbsent(option.name(), name -> new Claim(wanted, endpoint.getEndpointUri()))
                    .holders++;
        }
        session.users++;
        // a session that failed for good (refused credentials) tries again only with other settings: a repeater
        // locks a user out after a few refused logins, so one more endpoint must not mean one more login
        if (start) {
            session.connection.start();
        }
        Session joined = session;
        return new SessionHandle<>(session.connection, () -> release(joined, claimed));
    }

    private void checkConflicts(Session session, AbstractLutronEndpoint<G, C> endpoint) {
        G wanted = endpoint.getConfiguration();
        for (SessionOption<G> option : endpoint.getSessionOptionsSet()) {
            Claim claim = session.claims.get(option.name());
            if (claim != null && !option.sameValue(claim.configuration, wanted)) {
                throw new IllegalArgumentException(
                        "Cannot start " + URISupport.sanitizeUri(endpoint.getEndpointUri()) + ": it sets "
                                                   + option.describe(wanted) + ", but the session with " + scheme()
                                                   + " bridge " + endpoint.getBridge() + " runs with "
                                                   + option.describe(claim.configuration) + " set by "
                                                   + URISupport.sanitizeUri(claim.endpointUri)
                                                   + ". A session option has one value for every endpoint of a"
                                                   + " bridge: set it once, on one endpoint or on the component.");
            }
        }
    }

    private synchronized void release(Session session, List<SessionOption<G>> claimed) {
        for (SessionOption<G> option : claimed) {
            Claim claim = session.claims.get(option.name());
            if (claim != null && --claim.holders == 0) {
                session.claims.remove(option.name());
            }
        }
        if (--session.users > 0) {
            return;
        }
        sessions.remove(session.key);
        session.connection.stop();
        if (session.meters != null) {
            session.meters.close();
        }
        if (session.companion != null) {
            try {
                session.companion.close();
            } catch (Exception e) {
                LOG.warn("Could not close what ran with the session of {} bridge {}", scheme(), session.key, e);
            }
        }
    }

    /** The sessions open now. */
    public synchronized List<C> connections() {
        List<C> all = new ArrayList<>(sessions.size());
        sessions.values().forEach(s -> all.add(s.connection));
        return all;
    }

    /** Micrometer is optional: its classes are touched only when it is there. */
    private LutronMeters meters(C connection) {
        if (getCamelContext().getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") == null) {
            return null;
        }
        return LutronMeters.bind(getCamelContext(), scheme(), connection);
    }

    protected EventLoopGroup eventLoopGroup() {
        return eventLoopGroup != null ? eventLoopGroup : LutronEventLoops.of(getCamelContext());
    }

    /** The threads consumers route events on: a thread per route that is busy, none for idle ones. */
    synchronized ExecutorService routingThreads() {
        if (routingThreads == null) {
            // a fixed number, not a thread per busy bridge: a thousand bridges share them, each turn a slice of events.
            // Turns wait in an unbounded queue (at most one per consumer): Camel makes a pool of -1 queue size one with
            // no queue at all, whose rejections would run on the bridge's I/O thread, where a route that commands the
            // same bridge waits for an answer that thread can no longer read
            int size = routingPoolSize > 0 ? routingPoolSize
                    : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            ThreadPoolProfile profile = new ThreadPoolProfileBuilder(scheme() + "-routing").poolSize(size)
                    .maxPoolSize(size).maxQueueSize(Integer.MAX_VALUE).keepAliveTime(60L, TimeUnit.SECONDS)
                    .allowCoreThreadTimeOut(true)
                        // after shutdown, caller-runs would drop the answer silently: abort lets the producer end it
                        .rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
            routingThreads = getCamelContext().getExecutorServiceManager().newThreadPool(this, scheme() + "-routing",
                    profile);
        }
        return routingThreads;
    }

    /**
     * The threads producers' exchanges continue on once the bridge answered. Not the routing threads: a consumer's
     * route that commands a bridge holds a routing thread until the answer is routed, so with every routing thread
     * waiting, an answer queued for one of them would never run. Neither pool rejects while it runs (no queue limit):
     * Camel's caller-runs rejection would put the route back on the I/O thread.
     */
    synchronized ExecutorService replyThreads() {
        if (replyThreads == null) {
            ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
            String name = scheme() + "-replies";
            if (replyPoolSize > 0) {
                ThreadPoolProfile profile = new ThreadPoolProfileBuilder(name).poolSize(replyPoolSize)
                        .maxPoolSize(replyPoolSize).maxQueueSize(Integer.MAX_VALUE).keepAliveTime(60L, TimeUnit.SECONDS)
                        .allowCoreThreadTimeOut(true)
                        // after shutdown, caller-runs would drop the answer silently: abort lets the producer end it
                        .rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
                replyThreads = executors.newThreadPool(this, name, profile);
            } else {
                replyThreads = executors.newCachedThreadPool(this, name);
            }
        }
        return replyThreads;
    }

    /** One thread for what sessions do in the background (loading integration reports). */
    protected synchronized ScheduledExecutorService backgroundThreads() {
        if (backgroundThreads == null) {
            backgroundThreads = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    scheme() + "-background");
        }
        return backgroundThreads;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        if (routingThreads != null) {
            executors.shutdown(routingThreads);
            routingThreads = null;
        }
        if (replyThreads != null) {
            executors.shutdown(replyThreads);
            replyThreads = null;
        }
        if (backgroundThreads != null) {
            executors.shutdownNow(backgroundThreads);
            backgroundThreads = null;
        }
        super.doStop();
    }

    public int getRoutingPoolSize() {
        return routingPoolSize;
    }

    public void setRoutingPoolSize(int routingPoolSize) {
        this.routingPoolSize = routingPoolSize;
    }

    public int getReplyPoolSize() {
        return replyPoolSize;
    }

    public void setReplyPoolSize(int replyPoolSize) {
        this.replyPoolSize = replyPoolSize;
    }

    public EventLoopGroup getEventLoopGroup() {
        return eventLoopGroup;
    }

    public void setEventLoopGroup(EventLoopGroup eventLoopGroup) {
        this.eventLoopGroup = eventLoopGroup;
    }

    /** One bridge session: its connection, its settings and which endpoint set which of them. */
    private final class Session {
        final Object key;
        final G settings;
        final C connection;
        final Map<String, Claim> claims = new HashMap<>();
        AutoCloseable companion;
        LutronMeters meters;
        int users;

        Session(Object key, G settings, C connection) {
            this.key = key;
            this.settings = settings;
            this.connection = connection;
        }
    }

    /** A session option set by running endpoints: the first one's configuration and URI, and how many set it. */
    private final class Claim {
        final G configuration;
        final String endpointUri;
        int holders;

        Claim(G configuration, String endpointUri) {
            this.configuration = configuration;
            this.endpointUri = endpointUri;
        }
    }
}
