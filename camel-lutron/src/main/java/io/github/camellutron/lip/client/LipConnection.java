package io.github.camellutron.lip.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.BadFrame;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.client.LutronLoginException;
import io.github.camellutron.client.LutronTimeoutException;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipParseException;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.github.camellutron.lip.protocol.OutputAction;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One supervised session with a LIP bridge. It logs in (answering the Caseta double login), turns the
 * prompt off and enables monitoring, then resyncs: every zone of the catalog and every zone seen since
 * start is queried and reported with {@code resync=true}. A keep-alive proves the link; a silent bridge, a
 * dropped socket or a failed connect leads to a reconnect with capped exponential backoff, forever, except
 * after refused credentials, which are final.
 * <p>
 * Commands run one at a time, paced by {@code commandDelay}. A query completes with its matching {@code ~}
 * line. An execute command is followed by a {@code ?SYSTEM,10} barrier: the bridge answers in order, so a
 * {@code ~ERROR} before the barrier's answer belongs to the command, and the command's echo, if any, is its
 * result; the second echo a bridge sends of a {@code #DEVICE} command is dropped, so that a press sent is one event,
 * as a press at the wall is. All state lives on one event loop, so no locks are needed.
 */
public final class LipConnection extends SupervisedConnection<LipMessage, LipConnectionOptions> {

    private static final Logger LOG = LoggerFactory.getLogger(LipConnection.class);
    private static final LipMessage BARRIER = LipCommands.queryDatabaseExportTime();
    /** The OUTPUT actions the tilt report answers: raise, lower and stop the tilt. */
    private static final Set<String> TILT_COMMANDS = Set.of(String.valueOf(OutputAction.RAISE_TILT.code()),
            String.valueOf(OutputAction.LOWER_TILT.code()), String.valueOf(OutputAction.STOP_TILT.code()));

    private volatile LipEventMapper mapper;
    private volatile LutronCatalog catalog;
    private final List<CompletableFuture<LutronCatalog>> waitingForNames = new ArrayList<>();
    private static final int NO_SESSION = -1;

    private boolean catalogPending;
    /** The session whose snapshot waits for the report being loaded, or {@link #NO_SESSION}. */
    private int snapshotAwaitingNames = NO_SESSION;
    private Throwable catalogFailure;
    private final ArrayDeque<Request> internalQueue = new ArrayDeque<>();
    private final ArrayDeque<Request> userQueue = new ArrayDeque<>();
    /** The last status of each zone as read, before it is handed on: a tilt report takes its lift from here. */
    private final Map<Integer, ZoneStatus> zones = new HashMap<>();

    private boolean loggedIn;
    private Request inFlight;
    private long lastWriteNanos;
    private boolean pumpScheduled;

    public LipConnection(LipConnectionOptions options, EventLoopGroup group, LutronCatalog catalog) {
        super("LIP", options, group);
        this.mapper = new LipEventMapper(bridge, catalog);
        this.catalog = catalog;
    }

    /**
     * Sends a command. While the connection is being made the command waits up to {@code responseTimeout} for
     * it; while the link is down it fails at once.
     *
     * @return the matching {@code ~} line (for an execute command: its echo, or null when the bridge sends none)
     */
    public CompletableFuture<LipMessage> send(LipMessage command) {
        if (command.operation() == LipOperation.REPORT) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("A ~ line is a report from the bridge, not a command: " + command));
        }
        Request request = new Request(command, false, false);
        timed(request.future, LipCommandException.class);
        loop.execute(() -> whenSessionUp(request.future, command.toString(), () -> {
            userQueue.add(request);
            pump();
        }));
        return request.future;
    }

    @Override
    protected void initChannel(SocketChannel ch, int gen) {
        loggedIn = false;
        ch.pipeline().addLast("frames", new LipFrameDecoder(options().maxLineLength(),
                reason -> badFrame(BadFrame.TOO_LONG, reason)));
        ch.pipeline().addLast("session", new SessionHandler(gen));
    }

    private void loggedIn(int gen) {
        if (gen != generation()) {
            return;
        }
        loggedIn = true;
        LOG.debug("Logged in to LIP bridge {}; setting the session up", bridge);
        List<Request> setup = new ArrayList<>();
        setup.add(new Request(LipCommands.monitoring(MonitoringType.PROMPT, false), true, false));
        for (MonitoringType type : options().monitoringTypes()) {
            setup.add(new Request(LipCommands.monitoring(type, true), true, false));
        }
        internalQueue.addAll(setup);
        setup.get(setup.size() - 1).future.whenComplete((r, e) -> {
            if (e == null || e instanceof LipCommandException) {
                sessionReady(gen);
            }
        });
        pump();
    }

    @Override
    protected void onSessionReady() {
        if (catalogPending && catalogFailure == null) {
            // a report is on its way: the snapshot waits for it, so that it and the events held meanwhile carry names
            snapshotAwaitingNames = generation();
            return;
        }
        takeSnapshot();
    }

    private void takeSnapshot() {
        snapshotAwaitingNames = NO_SESSION;
        Set<Integer> zones = seenZones();
        catalog.zones().forEach(z -> zones.add(z.id()));
        int gen = generation();
        // the last answer completes its query before it is emitted: end the snapshot after that
        resync(zones).whenComplete((r, e) -> loop.execute(() -> snapshotDone(gen)));
    }

    private boolean snapshotAwaitsNames() {
        return snapshotAwaitingNames == generation() && state() == LinkState.CONNECTED;
    }

    @Override
    protected List<LutronEvent> named(LipMessage source, List<LutronEvent> asReceived) {
        return List.of(mapper.map(source, false, zones::get, asReceived.get(0).timestamp()));
    }

    /** Queries every zone, reported with {@code resync=true}; completes when the last answer came. */
    private CompletableFuture<?> resync(Set<Integer> zones) {
        CompletableFuture<LipMessage> last = CompletableFuture.completedFuture(null);
        for (int zone : zones) {
            Request query = new Request(LipCommands.queryLevel(zone), true, true);
            internalQueue.add(query);
            last = query.future;
        }
        pump();
        return last;
    }

    @Override
    protected void keepAlive() {
        boolean pending = inFlight != null && inFlight.internal && inFlight.message.equals(BARRIER);
        for (Request r : internalQueue) {
            pending |= r.message.equals(BARRIER);
        }
        if (!pending) {
            internalQueue.add(new Request(BARRIER, true, false));
            pump();
        }
    }

    private void pump() {
        if (inFlight != null || !loggedIn || pumpScheduled) {
            return;
        }
        Request next = internalQueue.peek();
        if (next == null && state() == LinkState.CONNECTED) {
            next = userQueue.peek();
        }
        if (next == null) {
            return;
        }
        long waitNanos = options().commandDelay().toNanos() - (System.nanoTime() - lastWriteNanos);
        if (waitNanos > 0 && lastWriteNanos != 0) {
            pumpScheduled = true;
            int gen = generation();
            loop.schedule(() -> {
                pumpScheduled = false;
                if (gen == generation()) {
                    pump();
                }
            }, waitNanos, TimeUnit.NANOSECONDS);
            return;
        }
        if (next == internalQueue.peek()) {
            internalQueue.poll();
        } else {
            userQueue.poll();
        }
        if (next.timer != null) {
            next.timer.cancel(false);
        }
        if (next.future.isDone()) {
            pump();
            return;
        }
        inFlight = next;
        write(next.message);
        if (next.message.operation() == LipOperation.EXECUTE) {
            next.barrierSent = true;
            write(BARRIER);
        }
        channel().flush();
        lastWriteNanos = System.nanoTime();
        armTimer(next);
    }

    private void armTimer(Request request) {
        request.armedNanos = System.nanoTime();
        request.timer = loop.schedule(() -> timedOut(request), options().responseTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void write(LipMessage message) {
        Channel ch = channel();
        String line = message.toString();
        tapSent(line);
        ch.write(ByteBufUtil.writeAscii(ch.alloc(), line + "\r\n"));
    }

    private void timedOut(Request request) {
        if (inFlight != request) {
            return;
        }
        String reason = "no answer to " + request.message + " within " + options().responseTimeout().toMillis() + " ms";
        if (readingPausedSince(request.armedNanos)) {
            // the answer may be among what a busy route left unread: the bridge is not silent. The command's caller
            // is told it timed out; the command stays in flight so that its late answer is still matched to it.
            if (!request.internal) {
                request.future.completeExceptionally(new LutronTimeoutException(
                        "Bridge " + bridge + ": " + reason + " (reading is paused: a route is behind with its events)"));
            }
            armTimer(request);
            return;
        }
        inFlight = null;
        request.future.completeExceptionally(new LutronTimeoutException("Bridge " + bridge + ": " + reason));
        // a healthy bridge answers every query and every barrier, so silence means the link is dead
        LOG.warn("LIP bridge {} is not answering ({}); reconnecting", bridge, reason);
        down(generation(), reason, new LutronTimeoutException(reason));
    }

    private void finish(Request request) {
        if (request.timer != null) {
            request.timer.cancel(false);
        }
        if (inFlight == request) {
            inFlight = null;
        }
        pump();
    }

    private void onLine(String text) {
        tapReceived(text);
        if (!isText(text)) {
            badFrame(BadFrame.NOT_TEXT, "line with bytes that are not text");
            return;
        }
        LipMessage msg;
        try {
            msg = LipMessage.parse(text);
        } catch (LipParseException e) {
            badFrame(BadFrame.NOT_PARSED, e.getMessage());
            return;
        }
        if (msg == null) {
            return;
        }
        received();
        if (msg.operation() != LipOperation.REPORT) {
            badFrame(BadFrame.UNEXPECTED, "bridge sent a command instead of a report: " + msg);
            return;
        }
        Request r = inFlight;
        boolean absorbed = false;
        boolean resync = false;
        if (r != null) {
            if ("ERROR".equals(msg.command())) {
                absorbed = r.internal;
                if (!r.future.isDone()) {
                    r.future.completeExceptionally(new LipCommandException(bridge, r.message, errorCode(msg)));
                    if (!r.barrierSent) {
                        finish(r);
                    }
                } else {
                    finish(r);
                }
            } else if (r.barrierSent && matches(BARRIER, msg)) {
                r.future.complete(r.result);
                absorbed = true;
                finish(r);
            } else if (matches(r.message, msg)) {
                absorbed = r.internal && !r.resync;
                resync = r.resync;
                if (!r.barrierSent) {
                    r.future.complete(msg);
                    finish(r);
                } else if (r.result == null) {
                    r.result = msg;
                } else if (!r.echoRepeated && "DEVICE".equals(msg.command()) && msg.equals(r.result)) {
                    // bridges report a #DEVICE command of the session twice: one press, not two. A press at the wall
                    // after the command is answered is delivered; only the one repeat within the command is dropped
                    r.echoRepeated = true;
                    absorbed = true;
                }
            }
        }
        if (absorbed) {
            return;
        }
        LutronEvent event = mapper.map(msg, resync, zones::get);
        if (event instanceof ZoneStatus zone) {
            zones.put(zone.zoneId(), zone);
        }
        if (resync) {
            emitSnapshot(event, msg);
        } else {
            emit(event, msg);
        }
    }

    /** LIP is printable ASCII; the frame decoder read each byte as one character. */
    private static boolean isText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > '~' || c < ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int errorCode(LipMessage msg) {
        try {
            return msg.intField(0);
        } catch (LipParseException e) {
            return 0;
        }
    }

    /**
     * True when the report answers the command: same family and the same address fields. Every OUTPUT command
     * (raise, stop, flash...) is answered with the zone's level report, action 1, and the tilt commands (raise, lower
     * and stop the tilt) with the tilt report, action 9.
     */
    static boolean matches(LipMessage command, LipMessage report) {
        if (!command.command().equals(report.command())) {
            return false;
        }
        int key = Math.min(keyLength(command.command()), command.fieldCount());
        if (key == 2 && "OUTPUT".equals(command.command()) && command.operation() == LipOperation.EXECUTE
            && ("1".equals(report.field(1))
                || "9".equals(report.field(1)) && TILT_COMMANDS.contains(command.field(1)))) {
            key = 1;
        }
        if (report.fieldCount() < key) {
            return false;
        }
        for (int i = 0; i < key; i++) {
            if (!sameValue(command.field(i), report.field(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Integer.parseInt(a) == Integer.parseInt(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int keyLength(String command) {
        return switch (command) {
            case "DEVICE" -> 3;
            case "MONITORING", "SYSTEM" -> 1;
            default -> 2;
        };
    }

    @Override
    protected void failRequests(Throwable cause) {
        List<Request> all = new ArrayList<>(internalQueue.size() + userQueue.size() + 1);
        if (inFlight != null) {
            all.add(inFlight);
            inFlight = null;
        }
        all.addAll(internalQueue);
        all.addAll(userQueue);
        internalQueue.clear();
        userQueue.clear();
        for (Request r : all) {
            if (r.timer != null) {
                r.timer.cancel(false);
            }
            r.future.completeExceptionally(r.future.isDone() ? cause : withCommand(cause, r.message));
        }
    }

    private static Throwable withCommand(Throwable cause, LipMessage command) {
        if (cause instanceof LutronLoginException) {
            return cause;
        }
        return new LutronConnectionException(cause.getMessage() + "; " + command + " failed", cause.getCause());
    }

    /** The names for ids (empty without an integration report). */
    public LutronCatalog catalog() {
        return catalog;
    }

    /**
     * The names once they are there: at once unless a report was announced with {@link #expectCatalog} and has not
     * come yet; then when it comes, failing after {@code responseTimeout}.
     */
    public CompletableFuture<LutronCatalog> names() {
        CompletableFuture<LutronCatalog> names = new CompletableFuture<>();
        loop.execute(() -> {
            if (!catalogPending) {
                names.complete(catalog);
                return;
            }
            waitingForNames.add(names);
            long timeout = options().responseTimeout().toMillis();
            loop.schedule(() -> {
                if (waitingForNames.remove(names)) {
                    Throwable why = catalogFailure;
                    names.completeExceptionally(new LutronTimeoutException(
                            "The names of LIP bridge " + bridge + " are not loaded within " + timeout + " ms"
                                                                           + (why != null ? " (" + why.getMessage() + ")" : "")));
                }
            }, timeout, TimeUnit.MILLISECONDS);
        });
        return names;
    }

    /** A report is being loaded: commands that resolve names wait for it. */
    public void expectCatalog() {
        loop.execute(() -> catalogPending = true);
    }

    /** Why the awaited report did not load yet, for commands that time out waiting for it. */
    public void catalogFailed(Throwable cause) {
        loop.execute(() -> {
            catalogFailure = cause;
            if (snapshotAwaitsNames()) {
                takeSnapshot();
            }
        });
    }

    /**
     * Names events with this catalog from now on. While the session is up, every zone is read again at once, so
     * that routes get the snapshot with names.
     */
    public void useCatalog(LutronCatalog names) {
        loop.execute(() -> {
            catalog = names;
            mapper = new LipEventMapper(bridge, names);
            catalogPending = false;
            catalogFailure = null;
            List<CompletableFuture<LutronCatalog>> waiting = new ArrayList<>(waitingForNames);
            waitingForNames.clear();
            waiting.forEach(w -> w.complete(names));
            if (snapshotAwaitsNames()) {
                takeSnapshot();
            } else if (state() == LinkState.CONNECTED) {
                Set<Integer> zones = seenZones();
                names.zones().forEach(z -> zones.add(z.id()));
                resync(zones);
            }
        });
    }

    private static final class Request {
        final LipMessage message;
        final boolean internal;
        final boolean resync;
        final CompletableFuture<LipMessage> future = new CompletableFuture<>();
        ScheduledFuture<?> timer;
        long armedNanos;
        boolean barrierSent;
        LipMessage result;
        boolean echoRepeated;

        Request(LipMessage message, boolean internal, boolean resync) {
            this.message = message;
            this.internal = internal;
            this.resync = resync;
        }
    }

    /** Login state machine, then hands every line to the connection. */
    private final class SessionHandler extends SimpleChannelInboundHandler<String> {
        private static final int MAX_LOGIN_ATTEMPTS = 2;

        private final int gen;
        private int attempts;
        private boolean awaitingResult;
        private boolean inSession;
        private ScheduledFuture<?> loginTimer;

        SessionHandler(int gen) {
            this.gen = gen;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            armLoginTimer(ctx, "login: prompt");
            ctx.fireChannelActive();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String text) {
            if (inSession) {
                onLine(text);
                return;
            }
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (lower.endsWith("login:")) {
                if (awaitingResult) {
                    attempts++;
                }
                if (attempts >= MAX_LOGIN_ATTEMPTS) {
                    cancelLoginTimer();
                    failFinally(gen, new LutronLoginException("LIP bridge " + bridge + " refused the login of user '"
                                                              + options().username() + "' (wrong user name or password)"));
                    return;
                }
                awaitingResult = false;
                sendLine(ctx, options().username());
                armLoginTimer(ctx, "password: prompt");
            } else if (lower.endsWith("password:")) {
                sendLine(ctx, options().password());
                awaitingResult = true;
                armLoginTimer(ctx, "prompt after login");
            } else if (lower.endsWith("safe>")) {
                cancelLoginTimer();
                LOG.warn("LIP bridge {} is in safe mode (SAFE> prompt); will retry", bridge);
                down(gen, "bridge is in safe mode (SAFE> prompt)", null);
            } else if (lower.endsWith("gnet>") || lower.endsWith("qnet>") || lower.endsWith("qse>")) {
                if (awaitingResult) {
                    cancelLoginTimer();
                    inSession = true;
                    loggedIn(gen);
                }
            } else if (awaitingResult
                       && (lower.startsWith("gnet>") || lower.startsWith("qnet>") || lower.startsWith("qse>"))) {
                // a busy bridge glues the first report of the new session to its prompt: GNET> ~OUTPUT,...
                cancelLoginTimer();
                inSession = true;
                loggedIn(gen);
                onLine(text);
            } else {
                LOG.debug("Ignoring text from {} before login completed", bridge);
            }
        }

        private void sendLine(ChannelHandlerContext ctx, String text) {
            ctx.writeAndFlush(ByteBufUtil.writeAscii(ctx.alloc(), text + "\r\n"));
        }

        private void armLoginTimer(ChannelHandlerContext ctx, String waitingFor) {
            cancelLoginTimer();
            loginTimer = ctx.executor().schedule(
                    () -> down(gen, "login timed out waiting for the " + waitingFor, null),
                    options().responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }

        private void cancelLoginTimer() {
            if (loginTimer != null) {
                loginTimer.cancel(false);
                loginTimer = null;
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            cancelLoginTimer();
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            down(gen, "I/O error: " + cause.getMessage(), cause);
        }
    }
}
