package io.github.camellutron.client;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.EventType;
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
 * The life of one bridge session, whatever the protocol: connect, let the protocol set its session up, report
 * {@code Connected}, let it send the resync snapshot, prove the link with a keep-alive, and on any loss report
 * {@code Disconnected} with the reason and reconnect forever with capped exponential backoff, until stopped or failed
 * for good (refused credentials).
 * <p>
 * Per session, listeners hear {@code Connected} first, then the snapshot, then live events: what the bridge sends
 * while the session is set up or the snapshot is read is held and handed on right after the snapshot. Listeners that
 * join late get the connection state and the last level of every zone, marked resync, so every route starts from the
 * true state. A listener that cannot keep up may pause reading from the bridge; while reading is paused, the bridge's
 * silence is not held against it (keep-alives and answers wait).
 * <p>
 * All state lives on one event loop; subclasses touch their own state there only. Each connection attempt has a
 * generation number so that callbacks of an earlier attempt are ignored.
 *
 * @param <M> the protocol's message type, handed to listeners with each event
 * @param <O> the protocol's session settings
 */
public abstract class SupervisedConnection<M, O extends ConnectionOptions> implements BridgeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedConnection.class);

    protected final String bridge;
    protected final EventLoop loop;
    private final String protocol;
    private final Backoff backoff = new Backoff();
    private final List<BridgeListener<M>> listeners = new CopyOnWriteArrayList<>();
    // written for every zone event, sorted only when a new listener gets the snapshot
    private final Map<Integer, ZoneStatus> zoneLevels = new HashMap<>();
    private final ArrayDeque<Held<M>> held = new ArrayDeque<>();
    private volatile WireTap wireTap;
    private final List<Waiting> waiting = new ArrayList<>();
    private final Set<Object> pausers = Collections.newSetFromMap(new IdentityHashMap<>());
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLongArray badFrames = new AtomicLongArray(BadFrame.values().length);
    private final AtomicLongArray events = new AtomicLongArray(EventType.values().length);
    private int badInBurst;

    private volatile O options;
    private volatile LinkState state = LinkState.STOPPED;
    private volatile Throwable lastFailure;
    private volatile Instant lastMessageTime;
    private volatile Instant stateSince = Instant.now();
    private volatile long lastEventMillis;
    private final CommandLatency commandLatency = new CommandLatency();
    private Channel channel;
    private boolean reportedDown;
    private boolean holding;
    private volatile boolean readingPaused;
    private long lastResumeNanos;
    private int generation;
    private ScheduledFuture<?> reconnectTask;
    private ScheduledFuture<?> keepAliveTask;

    protected SupervisedConnection(String protocol, O options, EventLoopGroup group) {
        this.protocol = protocol;
        this.options = Objects.requireNonNull(options, "options");
        this.bridge = options.bridge();
        this.loop = group.next();
    }

    /** Sets the pipeline of a new channel up; {@code generation} identifies this connection attempt. */
    protected abstract void initChannel(SocketChannel channel, int generation);

    /**
     * The session is up and {@code Connected} was reported: resubscribe and send the snapshot with
     * {@link #emitSnapshot}, then call {@link #snapshotDone}.
     */
    protected abstract void onSessionReady();

    /** Sends one keep-alive; its missing answer must end in {@link #down}. */
    protected abstract void keepAlive();

    /** Fails every request in flight or queued: the link they were meant for is gone. */
    protected abstract void failRequests(Throwable cause);

    /** The session settings in force. */
    public final O options() {
        return options;
    }

    /**
     * Applies new settings to this session: seen at once by whoever reads them, timings from their next use (the
     * keep-alive is rescheduled on the loop), the rest (credentials, TLS, line length) from the next connect.
     */
    public void reconfigure(O newOptions) {
        if (!newOptions.bridge().equals(bridge)) {
            throw new IllegalArgumentException("Settings for " + newOptions.bridge() + " do not fit the session with "
                                               + bridge);
        }
        O old = options;
        options = newOptions;
        loop.execute(() -> {
            if (state == LinkState.CONNECTED && !old.keepAliveInterval().equals(newOptions.keepAliveInterval())) {
                cancelKeepAlive();
                scheduleKeepAlive();
            }
            LOG.debug("{} bridge {} now runs with {}", protocol, bridge, newOptions);
        });
    }

    /**
     * Sees the session's traffic as text, on the connection's loop: every line or message the bridge sends once
     * logged in, and every command or request sent to it. For recording a real bridge; never block in it.
     */
    public interface WireTap {

        void received(String text);

        void sent(String text);
    }

    /** Taps the traffic from now on; null stops tapping. */
    public void wireTap(WireTap tap) {
        this.wireTap = tap;
    }

    /** For subclasses: a line or message the bridge sent, as text. */
    protected final void tapReceived(String text) {
        WireTap tap = wireTap;
        if (tap != null) {
            try {
                tap.received(text);
            } catch (RuntimeException e) {
                tapFailed(tap, e);
            }
        }
    }

    /** For subclasses: a command or request sent to the bridge, as text. */
    protected final void tapSent(String text) {
        WireTap tap = wireTap;
        if (tap != null) {
            try {
                tap.sent(text);
            } catch (RuntimeException e) {
                tapFailed(tap, e);
            }
        }
    }

    /** A tap that fails (a recording's disk is full) is taken off; the session goes on untapped. */
    private void tapFailed(WireTap tap, RuntimeException e) {
        if (wireTap == tap) {
            wireTap = null;
            LOG.error("Stopped tapping the traffic of {} bridge {}: {}", protocol, bridge, e.toString());
        }
    }

    /** True while something taps the traffic, so that subclasses make text of it only then. */
    protected final boolean tapped() {
        return wireTap != null;
    }

    /**
     * Adds a listener. One added while the session is up first gets a connected event and the last level of
     * every zone, marked resync; one added while the link is down gets the disconnected event with its reason.
     *
     * @return done once the listener hears every later event (never wait for it on the loop itself)
     */
    public CompletableFuture<Void> addListener(BridgeListener<M> listener) {
        CompletableFuture<Void> added = new CompletableFuture<>();
        // always queued, even on the loop: it never overtakes a removeListener made before it
        loop.execute(() -> {
            listeners.add(listener);
            added.complete(null);
            Instant now = Instant.now();
            if (state == LinkState.CONNECTED) {
                listener.onEvent(new ConnectionEvent(bridge, now, ConnectionState.Connected, null), null);
                for (ZoneStatus z : new TreeMap<>(zoneLevels).values()) {
                    listener.onEvent(z.asResync(now), null);
                }
            } else if (reportedDown && lastFailure != null) {
                listener.onEvent(new ConnectionEvent(bridge, now, ConnectionState.Disconnected,
                        lastFailure.getMessage()), null);
            }
        });
        return added;
    }

    /** Removes a listener, on the loop, so that it never overtakes an {@link #addListener} made before it. */
    public void removeListener(BridgeListener<M> listener) {
        loop.execute(() -> listeners.remove(listener));
    }

    /**
     * Stops reading from the bridge on behalf of {@code by} (a listener that cannot keep up) until it calls
     * {@link #resumeReading}. Reading goes on while a session is set up and its snapshot read.
     */
    public void pauseReading(Object by) {
        execute(() -> {
            pausers.add(by);
            updateAutoRead();
        });
    }

    public void resumeReading(Object by) {
        execute(() -> {
            pausers.remove(by);
            updateAutoRead();
        });
    }

    /** Whether reading from the bridge is paused now because a listener cannot keep up. */
    @Override
    public boolean isReadingPaused() {
        return readingPaused;
    }

    /**
     * Runs a task on the connection's loop, in order with its events: at once when called there, else as soon as the
     * loop is free.
     */
    public void execute(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    /**
     * The event loop the connection lives on and hands its events to listeners on. A listener may run timers there
     * (they then run in order with the events and need no lock), but must never block it.
     */
    public final EventLoop eventLoop() {
        return loop;
    }

    private void updateAutoRead() {
        boolean pause = !pausers.isEmpty() && !holding && state == LinkState.CONNECTED;
        if (pause == readingPaused) {
            return;
        }
        readingPaused = pause;
        if (!pause) {
            lastResumeNanos = System.nanoTime();
        }
        Channel ch = channel;
        if (ch != null) {
            ch.config().setAutoRead(!pause);
        }
        LOG.debug("{} reading from {} bridge {}", pause ? "Paused" : "Resumed", protocol, bridge);
    }

    /**
     * Whether reading was paused at any time since {@code sinceNanos} ({@link System#nanoTime()}): then the bridge's
     * answer may be waiting unread, and a timer armed then must not call the bridge silent.
     */
    protected final boolean readingPausedSince(long sinceNanos) {
        return readingPaused || lastResumeNanos - sinceNanos > 0;
    }

    /** Starts connecting in the background; a connection stopped or failed for good starts afresh. */
    public void start() {
        loop.execute(() -> {
            if (state == LinkState.STOPPED || state == LinkState.FAILED) {
                lastFailure = null;
                reportedDown = false;
                backoff.reset();
                enter(LinkState.CONNECTING);
                connect();
            }
        });
    }

    /** Closes the connection for good; requests queued or in flight fail. */
    public CompletableFuture<Void> stop() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            enter(LinkState.STOPPED);
            generation++;
            cancelTimers();
            held.clear();
            holding = false;
            Channel ch = channel;
            channel = null;
            LutronConnectionException stopped = new LutronConnectionException("Connection to " + bridge + " was stopped");
            failWaiting(stopped);
            failRequests(stopped);
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
        holding = true;
        O o = options;
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) o.responseTimeout().toMillis())
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        SupervisedConnection.this.initChannel(ch, gen);
                    }
                });
        LOG.debug("Connecting to {} bridge {}", protocol, bridge);
        ChannelFuture future = bootstrap.connect(o.host(), o.port());
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
        endSession(wasConnected);
        closeChannel();
        cancelTimers();
        // the same words for the event, the readiness check, JMX and failed commands; the cause keeps the detail
        Throwable failure = new LutronConnectionException(reason, cause);
        lastFailure = failure;
        enter(LinkState.DISCONNECTED);
        LutronConnectionException lost = new LutronConnectionException(
                "Connection to " + bridge + " lost (" + reason + ")", failure);
        failWaiting(lost);
        failRequests(lost);
        O o = options;
        long delay = backoff.nextDelayMillis(o.reconnectDelay(), o.maxReconnectDelay());
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
        endSession(state == LinkState.CONNECTED);
        enter(LinkState.FAILED);
        lastFailure = failure;
        reportedDown = true;
        cancelTimers();
        closeChannel();
        failWaiting(failure);
        failRequests(failure);
        emitConnection(ConnectionState.Disconnected, failure.getMessage());
    }

    /**
     * What was held of a session that ends: handed on when its {@code Connected} was, dropped when the session never
     * came up (its events would reach routes before any {@code Connected}).
     */
    private void endSession(boolean wasConnected) {
        if (wasConnected) {
            releaseHeld();
        } else if (!held.isEmpty()) {
            LOG.debug("Dropping {} events of a {} session with {} that never came up", held.size(), protocol, bridge);
            held.clear();
        }
        holding = false;
        readingPaused = false;
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
        enter(LinkState.CONNECTING);
        connect();
    }

    /**
     * The session of attempt {@code gen} is set up: report it, let the protocol resync, start the keep-alive, and
     * send what waited for the session.
     */
    protected final void sessionReady(int gen) {
        if (gen != generation || state != LinkState.CONNECTING) {
            return;
        }
        enter(LinkState.CONNECTED);
        lastFailure = null;
        reportedDown = false;
        backoff.reset();
        LOG.info("Connected to {} bridge {}", protocol, bridge);
        emitConnection(ConnectionState.Connected, null);
        scheduleKeepAlive();
        onSessionReady();
        List<Waiting> ready = new ArrayList<>(waiting);
        waiting.clear();
        for (Waiting w : ready) {
            w.timer.cancel(false);
            if (!w.future.isDone()) {
                w.action.run();
            }
        }
    }

    /** The snapshot of session {@code gen} is complete: what the bridge sent meanwhile goes to the listeners now. */
    protected final void snapshotDone(int gen) {
        if (gen != generation || !holding) {
            return;
        }
        releaseHeld();
        holding = false;
        updateAutoRead();
    }

    private void releaseHeld() {
        List<LutronEvent> ofOneSource = new ArrayList<>(1);
        Held<M> h;
        while ((h = held.poll()) != null) {
            if (h.source == null) {
                deliver(h.event, null);
                continue;
            }
            // the events of one message were held one after the other
            ofOneSource.add(h.event);
            Held<M> next = held.peek();
            if (next == null || next.source != h.source) {
                for (LutronEvent event : named(h.source, ofOneSource)) {
                    deliver(event, h.source);
                }
                ofOneSource.clear();
            }
        }
    }

    /**
     * The events of a message held while the session was set up, named with what the session knows when they are
     * released: the names (a LIP integration report, LEAP discovery) may have come meanwhile. By default as they were
     * named on receipt.
     */
    protected List<LutronEvent> named(M source, List<LutronEvent> asReceived) {
        return asReceived;
    }

    /**
     * Runs {@code action} once the session is up: at once while it is, when the first connect succeeds while that is
     * under way (failing {@code future} with a timeout after {@code responseTimeout}), never while the link is down
     * (failing {@code future} at once). Called on the loop.
     *
     * @param what the command, for error messages
     */
    protected final void whenSessionUp(CompletableFuture<?> future, String what, Runnable action) {
        switch (state) {
            case CONNECTED -> action.run();
            case CONNECTING -> {
                if (reportedDown) {
                    // a reconnect attempt, not the first connect: the link is down until it succeeds
                    future.completeExceptionally(downException("cannot send " + what));
                    return;
                }
                Waiting w = new Waiting(future, action);
                waiting.add(w);
                long timeout = options.responseTimeout().toMillis();
                w.timer = loop.schedule(() -> {
                    if (waiting.remove(w)) {
                        future.completeExceptionally(new LutronTimeoutException("Connection to " + bridge
                                                                                + " not established within " + timeout
                                                                                + " ms; " + what + " not sent"));
                    }
                }, timeout, TimeUnit.MILLISECONDS);
            }
            default -> future.completeExceptionally(downException("cannot send " + what));
        }
    }

    private void failWaiting(LutronConnectionException cause) {
        List<Waiting> failed = new ArrayList<>(waiting);
        waiting.clear();
        for (Waiting w : failed) {
            w.timer.cancel(false);
            w.future.completeExceptionally(cause);
        }
    }

    private void scheduleKeepAlive() {
        long interval = options.keepAliveInterval().toMillis();
        keepAliveTask = loop.scheduleAtFixedRate(() -> {
            // a bridge whose data waits unread because a route is behind is not silent: no keep-alive needed
            if (!readingPaused) {
                keepAlive();
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void cancelKeepAlive() {
        if (keepAliveTask != null) {
            keepAliveTask.cancel(false);
            keepAliveTask = null;
        }
    }

    private void cancelTimers() {
        if (reconnectTask != null) {
            reconnectTask.cancel(false);
            reconnectTask = null;
        }
        cancelKeepAlive();
    }

    private void enter(LinkState next) {
        state = next;
        stateSince = Instant.now();
    }

    /**
     * Completes a user's command with the time it took, when the bridge answered it (an error answer included: the
     * bridge did answer); a command that failed for another reason is not counted.
     */
    protected final <T> CompletableFuture<T> timed(CompletableFuture<T> command, Class<? extends Throwable> answered) {
        long start = System.nanoTime();
        command.whenComplete((result, error) -> {
            if (error == null || answered.isInstance(error)) {
                commandLatency.record(System.nanoTime() - start);
            }
        });
        return command;
    }

    /** Notes when the bridge last sent a message; it also ends a burst of bad frames. */
    protected final void received() {
        lastMessageTime = Instant.now();
        if (badInBurst != 0) {
            if (badInBurst > 1) {
                LOG.warn("Skipped {} bad frames in a row from {} bridge {} ({} so far)", badInBurst, protocol, bridge,
                        badFrameCount());
            }
            badInBurst = 0;
        }
    }

    /**
     * Counts a frame that could not be read, and logs the first of a burst (the rest of the burst once, when a good
     * message ends it); the connection goes on.
     */
    protected final void badFrame(BadFrame kind, String reason) {
        badFrames.incrementAndGet(kind.ordinal());
        if (badInBurst++ == 0) {
            LOG.warn("Skipped a bad frame from {} bridge {} ({} so far): {}", protocol, bridge, badFrameCount(), reason);
        } else {
            LOG.debug("Skipped a bad frame from {} bridge {}: {}", protocol, bridge, reason);
        }
    }

    protected final void emitConnection(ConnectionState connectionState, String reason) {
        deliver(new ConnectionEvent(bridge, Instant.now(), connectionState, reason), null);
    }

    /** Hands a live event to every listener, or holds it while the session is set up and its snapshot read. */
    protected final void emit(LutronEvent event, M source) {
        if (holding) {
            held.add(new Held<>(event, source));
        } else {
            deliver(event, source);
        }
    }

    /** Hands an event of the session's snapshot to every listener at once. */
    protected final void emitSnapshot(LutronEvent event, M source) {
        deliver(event, source);
    }

    private void deliver(LutronEvent event, M source) {
        // one writer, the loop: a plain increment published lazily is enough
        int type = event.type().ordinal();
        events.lazySet(type, events.get(type) + 1);
        lastEventMillis = System.currentTimeMillis();
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
        long total = 0;
        for (int i = 0; i < badFrames.length(); i++) {
            total += badFrames.get(i);
        }
        return total;
    }

    /** Frames skipped since start, by why. */
    public Map<BadFrame, Long> badFrameCounts() {
        Map<BadFrame, Long> counts = new EnumMap<>(BadFrame.class);
        for (BadFrame kind : BadFrame.values()) {
            counts.put(kind, badFrames.get(kind.ordinal()));
        }
        return counts;
    }

    /** Events handed to listeners since start, by type. */
    public Map<EventType, Long> eventCounts() {
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            counts.put(type, events.get(type.ordinal()));
        }
        return counts;
    }

    @Override
    public Instant lastMessageTime() {
        return lastMessageTime;
    }

    /** Since when the link is in its {@link #state()}. */
    public Instant stateSince() {
        return stateSince;
    }

    /** When the last event went to the listeners, or null before the first. */
    public Instant lastEventTime() {
        long millis = lastEventMillis;
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    /** How long users' commands took. */
    public CommandLatency commandLatency() {
        return commandLatency;
    }

    private record Held<M>(LutronEvent event, M source) {
    }

    /** Work that waits for the first connect. */
    private static final class Waiting {
        final CompletableFuture<?> future;
        final Runnable action;
        ScheduledFuture<?> timer;

        Waiting(CompletableFuture<?> future, Runnable action) {
            this.future = future;
            this.action = action;
        }
    }
}
