package io.github.camellutron.leap.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.client.BadFrame;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.client.LutronTimeoutException;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapHeader;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapParseException;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One supervised LEAP session over mutual TLS. After the handshake it discovers the system (Caseta / RA2 Select
 * or RadioRA 3 / HomeWorks QSX, from {@code /project}), reads the catalog of areas, zones, devices and buttons,
 * subscribes to what that family offers (button events, occupancy, area status, zone status, LEDs, plus the
 * subscriptions users asked for), reports {@code Connected} and resyncs every zone. A ping proves the link.
 * <p>
 * Requests are pipelined and correlated by ClientTag; paged answers are followed to their last page and merged.
 * Discovery and the renewal of subscriptions after a connect go through a {@link RequestWindow} of
 * {@code discoveryConcurrency} requests, so that a big processor is neither flooded nor read one round trip at a
 * time; users' requests do not wait for it.
 * Every other message is an event: those tagged with a subscription's tag, and untagged ones (Caseta pushes zone
 * levels to every session). All state lives on the connection's event loop.
 */
public final class LeapConnection extends SupervisedConnection<LeapMessage, LeapConnectionOptions> {

    private static final Logger LOG = LoggerFactory.getLogger(LeapConnection.class);

    private final Map<String, Pending> pending = new HashMap<>();
    private final Set<String> userSubscriptions = new LinkedHashSet<>();
    private final List<LeapMessage> snapshots = new ArrayList<>();
    private long nextTag;
    private long nextUserWriteNanos;
    private boolean pinging;
    private volatile LeapSystem system = LeapSystem.UNKNOWN;
    private volatile LeapTlsProvider tlsEngine;
    private volatile String tlsProtocol;
    private volatile String tlsCipherSuite;
    private LeapEventMapper mapper;

    public LeapConnection(LeapConnectionOptions options, EventLoopGroup group) {
        super("LEAP", options, group);
        this.mapper = new LeapEventMapper(bridge, system);
    }

    /** What discovery learnt on the last connect: family and catalog (empty before the first connect). */
    public LeapSystem system() {
        return system;
    }

    /**
     * The TLS engine of the last connection attempt, {@code jdk} or {@code openssl}; before the first one, the engine
     * the settings name.
     */
    public LeapTlsProvider tlsEngine() {
        LeapTlsProvider engine = tlsEngine;
        return engine != null ? engine : LeapTls.engineOf(options().tls());
    }

    /** The TLS engine, and the protocol and cipher suite of the last session that completed its handshake. */
    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tlsEngine", tlsEngine().name());
        if (tlsProtocol != null) {
            details.put("tlsProtocol", tlsProtocol);
            details.put("tlsCipherSuite", tlsCipherSuite);
        }
        return details;
    }

    /**
     * What discovery of the current session learnt, once it is there: waits for a first connection being made up to
     * {@code responseTimeout}, fails at once while the link is down.
     */
    public CompletableFuture<LeapSystem> discovered() {
        CompletableFuture<LeapSystem> discovered = new CompletableFuture<>();
        loop.execute(() -> whenSessionUp(discovered, "the catalog request", () -> discovered.complete(system)));
        return discovered;
    }

    /**
     * Sends a request and completes with the bridge's answer (all pages of a paged answer, merged). A non-2xx
     * status or an ExceptionResponse fails it with a {@link LeapException}. While the first connection is
     * being made the request waits up to {@code responseTimeout}; while the link is down it fails at once.
     */
    public CompletableFuture<LeapMessage> request(LeapMessage request) {
        Pending p = new Pending(request, false);
        timed(p.future, LeapException.class);
        loop.execute(() -> whenSessionUp(p.future, describe(p.request), () -> sendPaced(p)));
        return p.future;
    }

    /**
     * Subscribes to a status URL for the life of this connection, renewed after every reconnect; its events reach
     * the listeners. Completes with the subscribe response.
     */
    public CompletableFuture<LeapMessage> subscribe(String url) {
        Pending p = new Pending(LeapRequests.subscribe(url), false);
        loop.execute(() -> {
            userSubscriptions.add(url);
            whenSessionUp(p.future, describe(p.request), () -> sendPaced(p));
        });
        return p.future;
    }

    private void sendPaced(Pending p) {
        long delay = options().commandDelay().toNanos();
        if (delay <= 0) {
            send(p);
            return;
        }
        long now = System.nanoTime();
        long at = Math.max(now, nextUserWriteNanos);
        nextUserWriteNanos = at + delay;
        if (at <= now) {
            send(p);
        } else {
            int gen = generation();
            loop.schedule(() -> {
                if (gen == generation()) {
                    send(p);
                } else {
                    p.future.completeExceptionally(downException("cannot send " + describe(p.request)));
                }
            }, at - now, TimeUnit.NANOSECONDS);
        }
    }

    /** Internal request of the current session; the caller chains on the future, completed on the loop. */
    private CompletableFuture<LeapMessage> internal(LeapMessage request) {
        Pending p = new Pending(request, true);
        send(p);
        return p.future;
    }

    private void send(Pending p) {
        Channel ch = channel();
        if (ch == null) {
            p.future.completeExceptionally(downException("cannot send " + describe(p.request)));
            return;
        }
        String tag = "t" + (++nextTag);
        p.tag = tag;
        pending.put(tag, p);
        write(ch, p.request.withClientTag(tag));
        armTimer(p);
    }

    private void write(Channel ch, LeapMessage message) {
        String json = message.toJson();
        tapSent(json);
        ch.writeAndFlush(ByteBufUtil.writeUtf8(ch.alloc(), json + "\r\n"));
    }

    private void armTimer(Pending p) {
        if (p.timer != null) {
            p.timer.cancel(false);
        }
        int gen = generation();
        p.armedNanos = System.nanoTime();
        p.timer = loop.schedule(() -> timedOut(p, gen), options().responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void timedOut(Pending p, int gen) {
        if (pending.get(p.tag) != p) {
            return;
        }
        if (p.internal && readingPausedSince(p.armedNanos)) {
            // the answer may be among what a busy route left unread: the bridge is not silent
            armTimer(p);
            return;
        }
        pending.remove(p.tag);
        String reason = "no answer to " + describe(p.request) + " within " + options().responseTimeout().toMillis()
                        + " ms";
        p.future.completeExceptionally(new LutronTimeoutException("Bridge " + bridge + ": " + reason));
        if (p.internal) {
            // a ping or a discovery step went unanswered: the link is dead or the bridge is wedged
            LOG.warn("LEAP bridge {} is not answering ({}); reconnecting", bridge, reason);
            down(gen, reason, new LutronTimeoutException(reason));
        }
    }

    @Override
    protected void initChannel(SocketChannel ch, int gen) {
        LeapConnectionOptions o = options();
        SslHandler tls = o.tls().newHandler(ch.alloc());
        // told from the engine made, not from the settings, so that what is reported is what runs
        tlsEngine = LeapTls.engineOf(tls.engine());
        tls.setHandshakeTimeoutMillis(o.responseTimeout().toMillis());
        ch.pipeline().addLast("tls", tls);
        ch.pipeline().addLast("frames", new LineBasedFrameDecoder(o.maxLineLength(), true, false));
        ch.pipeline().addLast("session", new SessionHandler(gen));
    }

    private void onFrame(ByteBuf frame) {
        if (!frame.isReadable()) {
            return;
        }
        if (tapped()) {
            tapReceived(frame.toString(StandardCharsets.UTF_8));
        }
        LeapMessage msg;
        try {
            byte[] bytes = ByteBufUtil.getBytes(frame);
            msg = LeapMessage.parse(bytes, 0, bytes.length);
        } catch (LeapParseException e) {
            badFrame(BadFrame.NOT_PARSED, e.getMessage());
            return;
        }
        received();
        String tag = msg.clientTag();
        Pending p = tag != null ? pending.get(tag) : null;
        if (p != null) {
            answer(p, msg);
            return;
        }
        emitAll(msg, false);
    }

    private void answer(Pending p, LeapMessage msg) {
        if (msg.isError()) {
            finish(p);
            p.future.completeExceptionally(LeapException.of(msg));
            return;
        }
        if (msg.header().paging() != null && !msg.header().paging().isNull()) {
            p.addPage(msg.body());
            write(channel(), p.request.withClientTag(p.tag).withPaging(msg.header().paging()));
            armTimer(p);
            return;
        }
        LeapMessage whole = p.merge(msg);
        finish(p);
        if (!p.internal) {
            emitAll(whole, false);
        } else if (p.request.type() == CommuniqueType.SubscribeRequest && whole.body() != null) {
            // the state a subscription starts with, told once the session is up and names are known
            snapshots.add(whole);
        }
        p.future.complete(whole);
    }

    private void finish(Pending p) {
        if (p.timer != null) {
            p.timer.cancel(false);
        }
        pending.remove(p.tag);
    }

    private void emitAll(LeapMessage msg, boolean resync) {
        for (LutronEvent event : mapper.map(msg, resync)) {
            if (resync) {
                emitSnapshot(event, msg);
            } else {
                emit(event, msg);
            }
        }
    }

    @Override
    protected List<LutronEvent> named(LeapMessage source, List<LutronEvent> asReceived) {
        List<LutronEvent> named = mapper.map(source, false, asReceived.get(0).timestamp());
        return named.isEmpty() ? asReceived : named;
    }

    private void handshakeDone(int gen, SSLSession session) {
        tlsProtocol = session.getProtocol();
        tlsCipherSuite = session.getCipherSuite();
        LOG.debug("TLS session with LEAP bridge {} established on the {} engine ({}, {}); discovering the system",
                bridge, tlsEngine, tlsProtocol, tlsCipherSuite);
        // a window per connection attempt: one that ends takes its queue with it, a new one starts empty
        RequestWindow window = new RequestWindow(options().discoveryConcurrency(), () -> gen == generation(),
                () -> downException("discovery request not sent"));
        Function<LeapMessage, CompletableFuture<LeapMessage>> setup = request -> window.submit(() -> internal(request));
        new LeapDiscovery(bridge, setup).run().whenComplete((discovered, error) -> {
            if (gen != generation()) {
                return;
            }
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                down(gen, "discovery failed: " + cause.getMessage(), cause);
                return;
            }
            system = discovered;
            mapper = new LeapEventMapper(bridge, discovered);
            LOG.debug("LEAP bridge {} is a {} system: {}", bridge, discovered.family(), discovered.catalog());
            // the state the routes' own subscriptions start with is part of the snapshot: wait for their answers
            CompletableFuture<?>[] renewed = userSubscriptions.stream()
                    .map(url -> setup.apply(LeapRequests.subscribe(url)).handle((answer, failure) -> answer))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(renewed).whenComplete((done, failure) -> sessionReady(gen));
        });
    }

    @Override
    protected void onSessionReady() {
        for (LeapMessage snapshot : snapshots) {
            // zone levels come with the resync instead; Smart Away is state like them and says it is resynced
            for (LutronEvent event : mapper.map(snapshot, true)) {
                if (!(event instanceof ZoneStatus) && event.type() != EventType.Raw) {
                    emitSnapshot(event, snapshot);
                }
            }
        }
        snapshots.clear();
        Set<Integer> zones = seenZones();
        system.catalog().zones().forEach(z -> zones.add(z.id()));
        resync(zones.iterator(), generation());
    }

    /**
     * Reads one zone after the other, so a big system does not flood the bridge after a reconnect; the snapshot is
     * done after the last.
     */
    private void resync(Iterator<Integer> zones, int gen) {
        if (gen != generation()) {
            return;
        }
        if (!zones.hasNext()) {
            snapshotDone(gen);
            return;
        }
        internal(LeapRequests.read("/zone/" + zones.next() + "/status")).whenComplete((answer, error) -> {
            if (error == null) {
                emitAll(answer, true);
            }
            resync(zones, gen);
        });
    }

    @Override
    protected void keepAlive() {
        if (pinging || state() != LinkState.CONNECTED) {
            return;
        }
        pinging = true;
        internal(LeapRequests.ping()).whenComplete((answer, error) -> pinging = false);
    }

    @Override
    protected void failRequests(Throwable cause) {
        List<Pending> all = new ArrayList<>(pending.values());
        pending.clear();
        snapshots.clear();
        pinging = false;
        for (Pending p : all) {
            if (p.timer != null) {
                p.timer.cancel(false);
            }
            p.future.completeExceptionally(new LutronConnectionException(
                    cause.getMessage() + "; " + describe(p.request) + " failed", cause.getCause()));
        }
    }

    private static String describe(LeapMessage request) {
        return request.communiqueType() + " " + request.url();
    }

    /** A request waiting for its answer (and, for a subscription, the tag its events will carry). */
    private static final class Pending {
        final LeapMessage request;
        final boolean internal;
        final CompletableFuture<LeapMessage> future = new CompletableFuture<>();
        String tag;
        ScheduledFuture<?> timer;
        long armedNanos;
        ObjectNode pages;

        Pending(LeapMessage request, boolean internal) {
            this.request = request;
            this.internal = internal;
        }

        void addPage(JsonNode body) {
            if (body == null || !body.isObject()) {
                return;
            }
            if (pages == null) {
                pages = ((ObjectNode) body).deepCopy();
                return;
            }
            body.fields().forEachRemaining(field -> {
                if (field.getValue().isArray() && pages.get(field.getKey()) instanceof ArrayNode list) {
                    list.addAll((ArrayNode) field.getValue());
                }
            });
        }

        LeapMessage merge(LeapMessage last) {
            if (pages == null) {
                return last;
            }
            addPage(last.body());
            LeapHeader header = last.header().withPaging(null);
            return LeapMessage.response(last.type(), header, pages);
        }
    }

    /** Waits for the TLS handshake, then hands every line to the connection. */
    private final class SessionHandler extends SimpleChannelInboundHandler<ByteBuf> {
        private final int gen;

        SessionHandler(int gen) {
            this.gen = gen;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof SslHandshakeCompletionEvent handshake) {
                if (handshake.isSuccess()) {
                    handshakeDone(gen, ctx.pipeline().get(SslHandler.class).engine().getSession());
                } else {
                    down(gen, tlsFailure(handshake.cause()), handshake.cause());
                }
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            if (gen == generation()) {
                onFrame(frame);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof TooLongFrameException) {
                badFrame(BadFrame.TOO_LONG, "message longer than " + options().maxLineLength() + " bytes");
                return;
            }
            Throwable root = cause.getCause() instanceof SSLHandshakeException ? cause.getCause() : cause;
            down(gen, root instanceof SSLHandshakeException ? tlsFailure(root) : "I/O error: " + cause.getMessage(),
                    root);
        }
    }

    private static boolean expiry(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateExpiredException
                || t instanceof java.security.cert.CertificateNotYetValidException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The messages of the cause chain, each one that says something new: OpenSSL's own message is a bare "General
     * OpenSslEngine problem", what went wrong is in its causes (the JDK trust manager's exception).
     */
    private static String chainDetail(Throwable cause) {
        StringBuilder detail = new StringBuilder();
        Throwable t = cause;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && detail.indexOf(message) < 0) {
                detail.append(detail.length() == 0 ? "" : ": ").append(message);
            }
        }
        return detail.length() == 0 ? cause.getClass().getSimpleName() : detail.toString();
    }

    /** A TLS failure in words an integrator can act on, told alike whichever engine (JDK or OpenSSL) failed. */
    static String tlsFailure(Throwable cause) {
        String detail = chainDetail(cause);
        String text = detail.toLowerCase(java.util.Locale.ROOT);
        // an alert received means the bridge refused us (JDK: "Received fatal alert: x", BoringSSL: "..._ALERT_X");
        // anything else is this side refusing the bridge's certificate
        boolean alert = text.contains("received fatal alert") || text.contains("_alert_");
        String hint;
        if (alert && (text.contains("bad_certificate") || text.contains("certificate_unknown")
                      || text.contains("unknown_ca") || text.contains("certificate_required")
                      || text.contains("certificate_expired") || text.contains("access_denied"))) {
            hint = "the bridge refused the client certificate (pair again, or check clientCertificate / clientKey)";
        } else if (!alert && (expiry(cause) || text.contains("validity check failed") || text.contains("expired"))) {
            hint = "the bridge's certificate has expired or is not valid yet (check this machine's clock)";
        } else if (!alert && (text.contains("pkix") || text.contains("certification path")
                              || text.contains("unable to find valid"))) {
            hint = "the bridge's certificate does not chain to the configured bridge CA (bridgeCertificate)";
        } else {
            hint = "TLS handshake failed";
        }
        return "TLS with LEAP bridge refused: " + hint + " (" + detail + ")";
    }

}
