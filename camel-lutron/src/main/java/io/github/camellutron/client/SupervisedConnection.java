package io.github.camellutron.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one bridge connection, whatever the protocol: connect, let the protocol set its session up,
 * report {@code Connected}, prove the link with a keep-alive, and on any loss report {@code Disconnected}
 * with the reason and reconnect forever with capped exponential backoff, until stopped or failed for good
 * (refused credentials). Listeners that join late get the connection state and the last level of every zone,
 * marked resync, so every route starts from the true state.
 * <p>
 * All state lives on one event loop; subclasses touch their own state there only. Each connection attempt
 * has a generation number so that callbacks of an earlier attempt are ignored.
 *
 * @param <M> the protocol's message type, handed to listeners with each event
 */
public abstract class SupervisedConnection<M> implements BridgeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedConnection.class);

    protected final String bridge;
    protected final EventLoop loop;
    private final String protocol;
    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration keepAliveInterval;
    private final Backoff backoff;
    private final List<BridgeListener<M>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, ZoneStatus> zoneLevels = new TreeMap<>();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong badFrames = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();

    private volatile LinkState state = LinkState.STOPPED;
    private volatile Throwable lastFailure;
    private volatile Instant lastMessageTime;
    private Channel channel;
    private boolean reportedDown;
    private int generation;
    private ScheduledFuture<?> reconnectTask;
    private ScheduledFuture<?> keepAliveTask;

    protected SupervisedConnection(String protocol, String host, int port, EventLoopGroup group,
                                   Duration connectTimeout, Duration keepAliveInterval, Duration reconnectDelay,
                                   Duration maxReconnectDelay) {
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.bridge = host + ":" + port;
        this.loop = group.next();
        this.connectTimeout = connectTimeout;
        this.keepAliveInterval = keepAliveInterval;
        this.backoff = new Backoff(reconnectDelay, maxReconnectDelay);
    }

    /** Sets the pipeline of a new channel up; {@code generation} identifies this connection attempt. */
    protected abstract void initChannel(SocketChannel channel, int generation);

    /** The session is up and {@code Connected} was reported: resync, resubscribe. */
    protected abstract void onSessionReady();

    /** Sends one keep-alive; its missing answer must end in {@link #down}. */
    protected abstract void keepAlive();

    /** Fails every request in flight or queued: the link they were meant for is gone. */
    protected abstract void failRequests(Throwable cause);

    /**
     * Adds a listener. One added while the session is up first gets a connected event and the last level of
     * every zone, marked resync; one added while the link is down gets the disconnected event with its reason.
     */
    public void addListener(BridgeListener<M> listener) {
        loop.execute(() -> {
            listeners.add(listener);
            Instant now = Instant.now();
            if (state == LinkState.CONNECTED) {
                listener.onEvent(new ConnectionEvent(bridge, now, ConnectionState.Connected, null), null);
                for (ZoneStatus z : zoneLevels.values()) {
                    listener.onEvent(z.asResync(now), null);
                }
            } else if (reportedDown && lastFailure != null) {
                listener.onEvent(new ConnectionEvent(bridge, now, ConnectionState.Disconnected,
                        lastFailure.getMessage()), null);
            }
        });
    }

    public void removeListener(BridgeListener<M> listener) {
        listeners.remove(listener);
    }

    /** Starts connecting in the background; a connection stopped or failed for good starts afresh. */
    public void start() {
        loop.execute(() -> {
            if (state == LinkState.STOPPED || state == LinkState.FAILED) {
                lastFailure = null;
                reportedDown = false;
                backoff.reset();
                state = LinkState.CONNECTING;
                connect();
            }
        });
    }

    /** Closes the connection for good; requests queued or in flight fail. */
    public CompletableFuture<Void> stop() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            state = LinkState.STOPPED;
            generation++;
            cancelTimers();
            Channel ch = channel;
            channel = null;
            failRequests(new LutronConnectionException("Connection to " + bridge + " was stopped"));
            if (ch != null) {
                ch.close().addListener(f -> done.complete(null));
            } else {
                done.complete(null);
            }
        });
        return done;
    }

    @Override
    public void reconnect() {
        loop.execute(() -> {
            if (channel != null) {
                LOG.debug("Closing connection to {}: reconnect requested", bridge);
                channel.close();
            } else if (state == LinkState.DISCONNECTED) {
                if (reconnectTask != null) {
                    reconnectTask.cancel(false);
                }
                attemptReconnect(generation);
            }
        });
    }

    private void connect() {
        int gen = ++generation;
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        SupervisedConnection.this.initChannel(ch, gen);
                    }
                });
        LOG.debug("Connecting to {} bridge {}", protocol, bridge);
        ChannelFuture future = bootstrap.connect(host, port);
        future.addListener(f -> {
            if (gen != generation) {
                future.channel().close();
                return;
            }
            if (!f.isSuccess()) {
                down(gen, "connect failed: " + f.cause().getMessage(), f.cause());
                return;
            }
            channel = future.channel();
            channel.closeFuture().addListener(c -> down(gen, "connection closed", null));
        });
    }

    /**
     * The link of attempt {@code gen} is gone: report it (once per outage), fail what was pending and schedule
     * the next attempt. Nothing happens for an earlier attempt, after stop, or after a final failure.
     */
    protected final void down(int gen, String reason, Throwable cause) {
        if (gen != generation || state == LinkState.STOPPED || state == LinkState.FAILED) {
            return;
        }
        generation++;
        boolean wasConnected = state == LinkState.CONNECTED;
        closeChannel();
        cancelTimers();
        Throwable failure = cause != null ? cause : new LutronConnectionException(reason);
        lastFailure = failure;
        state = LinkState.DISCONNECTED;
        failRequests(new LutronConnectionException("Connection to " + bridge + " lost (" + reason + ")", failure));
        long delay = backoff.nextDelayMillis();
        if (wasConnected || !reportedDown) {
            LOG.warn("{} bridge {} disconnected ({}); reconnecting in {} ms", protocol, bridge, reason, delay);
            reportedDown = true;
            emitConnection(ConnectionState.Disconnected, reason);
        } else {
            LOG.debug("{} bridge {} still unreachable ({}); next attempt in {} ms", protocol, bridge, reason, delay);
        }
        int current = generation;
        reconnectTask = loop.schedule(() -> attemptReconnect(current), delay, TimeUnit.MILLISECONDS);
    }

    /** A failure no retry can mend (refused credentials): reported, logged at ERROR, no reconnect. */
    protected final void failFinally(int gen, LutronConnectionException failure) {
        if (gen != generation || state == LinkState.STOPPED) {
            return;
        }
        generation++;
        LOG.error("{} Not retrying: fix the configuration and restart the route.", failure.getMessage());
        state = LinkState.FAILED;
        lastFailure = failure;
        reportedDown = true;
        cancelTimers();
        closeChannel();
        failRequests(failure);
        emitConnection(ConnectionState.Disconnected, failure.getMessage());
    }

    private void closeChannel() {
        Channel ch = channel;
        channel = null;
        if (ch != null) {
            ch.close();
        }
    }

    private void attemptReconnect(int gen) {
        if (gen != generation || state != LinkState.DISCONNECTED) {
            return;
        }
        reconnects.incrementAndGet();
        state = LinkState.CONNECTING;
        connect();
    }

    /** The session of attempt {@code gen} is set up: report it, let the protocol resync, start the keep-alive. */
    protected final void sessionReady(int gen) {
        if (gen != generation || state != LinkState.CONNECTING) {
            return;
        }
        state = LinkState.CONNECTED;
        lastFailure = null;
        reportedDown = false;
        backoff.reset();
        LOG.info("Connected to {} bridge {}", protocol, bridge);
        emitConnection(ConnectionState.Connected, null);
        long interval = keepAliveInterval.toMillis();
        keepAliveTask = loop.scheduleAtFixedRate(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
        onSessionReady();
    }

    private void cancelTimers() {
        if (reconnectTask != null) {
            reconnectTask.cancel(false);
            reconnectTask = null;
        }
        if (keepAliveTask != null) {
            keepAliveTask.cancel(false);
            keepAliveTask = null;
        }
    }

    /** Counts a message from the bridge and notes when it came. */
    protected final void received() {
        messages.incrementAndGet();
        lastMessageTime = Instant.now();
    }

    /** Counts and logs a frame that could not be read; the connection goes on. */
    protected final void badFrame(String reason) {
        long n = badFrames.incrementAndGet();
        LOG.warn("Skipped a bad frame from {} bridge {} ({} so far): {}", protocol, bridge, n, reason);
    }

    protected final void emitConnection(ConnectionState connectionState, String reason) {
        emit(new ConnectionEvent(bridge, Instant.now(), connectionState, reason), null);
    }

    /** Hands an event to every listener, remembering zone levels for late joiners. */
    protected final void emit(LutronEvent event, M source) {
        if (event instanceof ZoneStatus z) {
            zoneLevels.put(z.zoneId(), z);
        }
        for (BridgeListener<M> listener : listeners) {
            try {
                listener.onEvent(event, source);
            } catch (RuntimeException e) {
                LOG.warn("Listener of {} bridge {} failed on {}", protocol, bridge, event.type(), e);
            }
        }
    }

    /** The ids of every zone whose level was reported since start. */
    protected final Set<Integer> seenZones() {
        return new TreeSet<>(zoneLevels.keySet());
    }

    /** True after a failure until the next successful connect: commands then fail at once. */
    protected final boolean isReportedDown() {
        return reportedDown;
    }

    /** The channel of the current attempt, or null. */
    protected final Channel channel() {
        return channel;
    }

    /** The current attempt's generation. */
    protected final int generation() {
        return generation;
    }

    /** A {@link LutronConnectionException} saying the link is down and why, for a command that cannot go. */
    protected final LutronConnectionException downException(String what) {
        Throwable cause = lastFailure;
        if (cause instanceof LutronLoginException login) {
            return new LutronLoginException(login.getMessage() + "; " + what);
        }
        String reason = state == LinkState.STOPPED ? "not started" : "down";
        return new LutronConnectionException(
                "Connection to " + bridge + " is " + reason + (cause != null ? " (" + cause.getMessage() + ")" : "")
                                             + "; " + what,
                cause);
    }

    @Override
    public String bridge() {
        return bridge;
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public Throwable lastFailure() {
        return lastFailure;
    }

    @Override
    public long reconnectCount() {
        return reconnects.get();
    }

    @Override
    public long badFrameCount() {
        return badFrames.get();
    }

    /** Messages received from the bridge since start. */
    public long messageCount() {
        return messages.get();
    }

    @Override
    public Instant lastMessageTime() {
        return lastMessageTime;
    }
}
