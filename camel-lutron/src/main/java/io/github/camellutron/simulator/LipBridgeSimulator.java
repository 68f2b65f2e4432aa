package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.camellutron.lip.protocol.DeviceAction;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.simulator.LipHouse.Area;
import io.github.camellutron.simulator.LipHouse.Button;
import io.github.camellutron.simulator.LipHouse.Device;
import io.github.camellutron.simulator.LipHouse.Timeclock;
import io.github.camellutron.simulator.LipHouse.Zone;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;

/**
 * A LIP telnet server that behaves like a RadioRA 2 main repeater, a Caseta Smart Bridge Pro or (with the
 * {@code QNET> } prompt) a HomeWorks QS processor, quirks included, playing a {@link LipHouse}. Its test API changes
 * the house as a person at the wall would, reported to clients exactly as bridge events, and injects faults.
 * Optionally it also serves the house's {@code DbXmlInfo.xml} over HTTP, as a repeater does.
 * All sessions and state live on one event loop; every method may be called from any thread.
 */
public final class LipBridgeSimulator implements AutoCloseable {

    /** The prompt of RadioRA 2 main repeaters, Caseta Smart Bridge Pro and RA2 Select. */
    public static final String GNET_PROMPT = "GNET> ";
    /** The prompt of HomeWorks QS processors. */
    public static final String QNET_PROMPT = "QNET> ";
    /** The prompt of a main repeater in safe mode, which takes logins but does nothing. */
    public static final String SAFE_PROMPT = "SAFE> ";

    /** The path a main repeater serves its integration report on. */
    public static final String DB_XML_INFO_PATH = "/DbXmlInfo.xml";

    private static final Logger LOG = LoggerFactory.getLogger(LipBridgeSimulator.class);
    private static final int HTTP_OFF = -1;
    /** What some firmware writes before the prolog (LIP.md 4.2): its HTTP header block, once more, in the body. */
    private static final String JUNK_BEFORE_PROLOG = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n";

    private final String host;
    private final int requestedPort;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final LipHouse house;
    private final SimulatedBridge bridge;
    private final int requestedHttpPort;
    private volatile byte[] dbXmlInfo;
    private final AtomicInteger reportRequests = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Channel server;
    private volatile HttpServer httpServer;
    private final Object reportGate = new Object();
    private boolean reportHeld;
    private volatile ExecutorService httpExecutor;
    private volatile String reportUrl;
    private int httpPort;

    private LipBridgeSimulator(Builder b) {
        host = b.host;
        requestedPort = b.port;
        ownsGroup = b.group == null;
        group = ownsGroup ? new NioEventLoopGroup(1, new DefaultThreadFactory("lip-simulator", true)) : b.group;
        loop = group.next();
        house = b.house != null ? b.house : LipHouse.demo();
        bridge = new SimulatedBridge(house, loop, b.user, b.password, b.doubleLogin, b.prompt, b.echoDeviceTwice,
                b.telnetNegotiation, b.levelReportsAfterLogin, b.greenModeStepReports);
        bridge.refuse(b.refuseConnections);
        if (b.replay != null) {
            bridge.replay(LipReplay.of(b.replay), b.replayAsFastAsPossible);
        }
        requestedHttpPort = b.httpPort;
        dbXmlInfo = requestedHttpPort == HTTP_OFF ? null
                : ((b.junkBeforeXmlProlog ? JUNK_BEFORE_PROLOG : "") + house.toDbXmlInfo())
                        .getBytes(StandardCharsets.UTF_8);
    }

    /** A builder with the defaults: demo house, 127.0.0.1, ephemeral port, lutron / integration, {@code GNET> }. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening for telnet and, when built with an {@code httpPort}, for HTTP.
     *
     * @return this simulator
     * @throws IllegalStateException when already started, closed, or an address cannot be bound
     */
    public synchronized LipBridgeSimulator start() {
        checkOpen();
        if (server != null) {
            throw new IllegalStateException("LIP bridge simulator already started on " + host + ":" + port());
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                // one loop for the server and every session keeps all state single-threaded
                .group(loop, loop)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new FlushConsolidationHandler(), new TelnetLineDecoder(),
                                new LipSession(bridge));
                    }
                });
        ChannelFuture bound = bootstrap.bind(host, requestedPort).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("LIP bridge simulator cannot listen on " + host + ":" + requestedPort,
                    bound.cause());
        }
        server = bound.channel();
        if (requestedHttpPort != HTTP_OFF) {
            try {
                startHttp();
            } catch (IOException e) {
                server.close().awaitUninterruptibly();
                server = null;
                throw new IllegalStateException("LIP bridge simulator cannot serve HTTP on " + host + ":"
                                                + requestedHttpPort, e);
            }
        }
        LOG.info("LIP bridge simulator listening on {}:{} with {} (prompt '{}')", host, port(), house,
                bridge.prompt().strip());
        return this;
    }

    private void startHttp() throws IOException {
        startHttp(requestedHttpPort);
    }

    private void startHttp(int httpPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, httpPort), 0);
        http.createContext("/", this::serve);
        ExecutorService executor = Executors.newSingleThreadExecutor(
                new DefaultThreadFactory("lip-simulator-http", true));
        http.setExecutor(executor);
        // the server's dispatcher thread is as much a daemon as the thread that starts it: start it on the executor's
        // daemon thread, so that a simulator nobody closed does not keep its JVM alive
        try {
            executor.submit(http::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
            throw new IOException("interrupted while starting the HTTP server", e);
        } catch (ExecutionException e) {
            executor.shutdownNow();
            throw new IOException("cannot start the HTTP server", e.getCause());
        }
        httpExecutor = executor;
        httpServer = http;
        // an IPv6 literal needs brackets in a URL
        String address = host.contains(":") ? "[" + host + "]" : host;
        reportUrl = "http://" + address + ":" + http.getAddress().getPort() + DB_XML_INFO_PATH;
        LOG.info("LIP bridge simulator serving {}", reportUrl);
    }

    /** Answers {@code GET /DbXmlInfo.xml} with the house, anything else with 404, as a main repeater does. */
    private void serve(HttpExchange exchange) throws IOException {
        try {
            if ("GET".equals(exchange.getRequestMethod())
                && DB_XML_INFO_PATH.equals(exchange.getRequestURI().getPath())) {
                reportRequests.incrementAndGet();
                awaitReportRelease();
                byte[] dbXmlInfo = this.dbXmlInfo;
                exchange.getResponseHeaders().set("Content-Type", "text/xml");
                exchange.sendResponseHeaders(200, dbXmlInfo.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(dbXmlInfo);
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private void awaitReportRelease() {
        synchronized (reportGate) {
            while (reportHeld && httpServer != null) {
                try {
                    reportGate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * While held, a request for {@code DbXmlInfo.xml} is answered only once released, as a repeater busy exporting a
     * large file is slow to answer; a client's read timeout still applies.
     */
    public void holdReport(boolean hold) {
        synchronized (reportGate) {
            reportHeld = hold;
            reportGate.notifyAll();
        }
    }

    /** The address listened on. */
    public String host() {
        return host;
    }

    /** The port listened on once started (the ephemeral one when built with port 0), else the configured one. */
    public int port() {
        Channel s = server;
        return s != null ? ((InetSocketAddress) s.localAddress()).getPort() : requestedPort;
    }

    /**
     * Where the house's {@code DbXmlInfo.xml} is served, {@code http://host:port/DbXmlInfo.xml}, for an endpoint's
     * {@code integrationReport} option.
     *
     * @throws IllegalStateException when built without an {@code httpPort}, or not started yet
     */
    public String integrationReportUrl() {
        if (requestedHttpPort == HTTP_OFF) {
            throw new IllegalStateException("LIP bridge simulator serves no HTTP: build it with httpPort(...)");
        }
        String url = reportUrl;
        if (url == null) {
            throw new IllegalStateException("LIP bridge simulator is not started");
        }
        return url;
    }

    /** The house being played. */
    public LipHouse house() {
        return house;
    }

    /**
     * Closes every client connection, the server and the HTTP server, and stops the own event loop group; repeated
     * calls do nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        holdReport(false);
        HttpServer http = httpServer;
        if (http != null) {
            http.stop(0);
            httpExecutor.shutdownNow();
        }
        if (loop.isShuttingDown()) {
            return;
        }
        await(loop.submit(() -> {
            bridge.state().cancelAllRamps();
            bridge.dropConnections();
            Channel s = server;
            if (s != null) {
                s.close();
            }
        }));
        if (ownsGroup) {
            await(group.shutdownGracefully(0, 2, TimeUnit.SECONDS));
        }
        LOG.info("LIP bridge simulator on {}:{} closed", host, port());
    }

    /**
     * Switches the HTTP server off (connections to its port are refused, as when the repeater is down) or on again on
     * the same port.
     *
     * @throws IllegalStateException when built without an HTTP port, or the port cannot be bound again
     */
    public synchronized void reportAvailable(boolean available) {
        checkOpen();
        HttpServer http = httpServer;
        if (reportUrl == null) {
            throw new IllegalStateException("LIP bridge simulator serves no HTTP: build it with httpPort");
        }
        if (!available && http != null) {
            int port = http.getAddress().getPort();
            http.stop(0);
            httpExecutor.shutdownNow();
            httpServer = null;
            httpPort = port;
        } else if (available && http == null) {
            try {
                startHttp(httpPort);
            } catch (IOException e) {
                throw new IllegalStateException("LIP bridge simulator cannot serve HTTP on port " + httpPort + " again", e);
            }
        }
    }

    /** Serves this text as {@code DbXmlInfo.xml} from now on (a reprogrammed system, or a broken file). */
    public void replaceReport(String body) {
        dbXmlInfo = body.getBytes(StandardCharsets.UTF_8);
    }

    /** How many times {@code DbXmlInfo.xml} was fetched. */
    public int reportRequests() {
        return reportRequests.get();
    }

    /** The current level of a zone. */
    public double level(int zoneId) {
        return bridge.state().level(zone(zoneId).id());
    }

    /** Whether a zone is flashing ({@code #OUTPUT,id,5}) now; its next level ends that. */
    public boolean flashing(int zoneId) {
        return bridge.state().flashing(zone(zoneId).id());
    }

    /** The current tilt of a venetian or sheer blind. */
    public double tilt(int zoneId) {
        Zone zone = zone(zoneId);
        require(zone.tilts(), "zone " + zoneId + " is a " + zone.type() + ", which does not tilt");
        return bridge.state().tilt(zoneId);
    }

    /** Whether a timeclock event is enabled (all are at start; {@code #TIMECLOCK,id,6,event,1|2} changes it). */
    public boolean timeclockEventEnabled(int timeclockId, int event) {
        require(house.timeclock(timeclockId).isPresent(), "the house has no timeclock " + timeclockId);
        return bridge.state().timeclockEventEnabled(timeclockId, event);
    }

    /** The current state of an LED (a button's LED component) of a device. */
    public LedCode ledState(int deviceId, int led) {
        Device d = device(deviceId);
        require(d.buttonByLed(led).isPresent(), "device " + deviceId + " has no LED " + led);
        return bridge.state().led(deviceId, led);
    }

    /** The current state of an occupancy group (the area's id). */
    public GroupState occupancy(int areaId) {
        return bridge.state().occupancy(area(areaId).id());
    }

    /** Client connections open now, logged in or not. */
    public int connectionCount() {
        return bridge.connectionCount();
    }

    /** Successful logins since start, safe mode ones included. */
    public int loginCount() {
        return bridge.loginCount();
    }

    /**
     * Connections that tried to log in (gave a password) since start, right or wrong, safe mode ones included. One
     * connection counts once, though a client may give the password twice in it: the client cannot tell a refused
     * password from the Caseta quirk of {@link Builder#doubleLogin}, so it answers a second {@code login: } prompt.
     */
    public int loginAttempts() {
        return bridge.loginAttempts();
    }

    /**
     * When each successful login of {@link #loginCount()} happened (the moment the simulator accepted the password and
     * sent its prompt), in order, as a snapshot: for tests of when clients come back, such as reconnect storms.
     */
    public List<Instant> loginTimes() {
        return bridge.loginTimes();
    }

    /** Every non-blank line received from logged-in clients, in order, as a snapshot. */
    public List<String> received() {
        return bridge.receivedLines();
    }

    /** Forgets the lines {@link #received()} has recorded so far. */
    public void clearReceived() {
        bridge.clearReceived();
    }

    /** Sends a line, with CR LF added, to every logged-in client (except those with reply monitoring off). */
    public void inject(String line) {
        Objects.requireNonNull(line, "line");
        onLoop(() -> bridge.inject(line));
    }

    /** Presses and releases a button, with all its effects, as a person at the keypad would. */
    public void pressButton(int deviceId, int component) {
        Runnable press = buttonAction(deviceId, component, DeviceAction.PRESS);
        Runnable release = buttonAction(deviceId, component, DeviceAction.RELEASE);
        onLoop(() -> {
            press.run();
            release.run();
        });
    }

    /** Presses a button (or makes an occupancy sensor, component 2, see its area occupied). */
    public void press(int deviceId, int component) {
        onLoop(buttonAction(deviceId, component, DeviceAction.PRESS));
    }

    /** Releases a button (or makes an occupancy sensor, component 2, see its area vacated). */
    public void release(int deviceId, int component) {
        onLoop(buttonAction(deviceId, component, DeviceAction.RELEASE));
    }

    /**
     * Reports a hold of a button ({@code ~DEVICE,id,component,5}) on a HomeWorks QS processor ({@code QNET> }); RadioRA
     * 2 and Caseta have no hold action (LIP.md 2.13) and report nothing. On a Pico the raise and lower buttons keep
     * moving their zones while pressed either way.
     */
    public void hold(int deviceId, int component) {
        onLoop(buttonAction(deviceId, component, DeviceAction.HOLD));
    }

    /**
     * Reports a multi-tap of a button ({@code ~DEVICE,id,component,6}) on a HomeWorks QS processor; RadioRA 2 and
     * Caseta have none and report nothing.
     */
    public void multiTap(int deviceId, int component) {
        onLoop(buttonAction(deviceId, component, DeviceAction.MULTI_TAP));
    }

    /**
     * Plays what a person does with one button, scheduled on the simulator's event loop: every step is reported at
     * its offset from now, so the times between press, release and the next press are exact on the wire whatever the
     * calling thread does. The steps are those of {@link #press}, {@link #release}, {@link #hold} and
     * {@link #multiTap}, with their effects. Returns at once.
     *
     * @return completes when the last step was reported
     * @throws IllegalArgumentException for an unknown device or button, or a step the device has not
     */
    public CompletableFuture<Void> playButton(int deviceId, int component, ButtonScript script) {
        Objects.requireNonNull(script, "script");
        List<Runnable> actions = script.steps().stream()
                .map(step -> buttonAction(deviceId, component, switch (step.action()) {
                    case PRESS -> DeviceAction.PRESS;
                    case RELEASE -> DeviceAction.RELEASE;
                    case HOLD -> DeviceAction.HOLD;
                    case MULTI_TAP -> DeviceAction.MULTI_TAP;
                }))
                .toList();
        CompletableFuture<CompletableFuture<Void>> started = new CompletableFuture<>();
        onLoop(() -> started.complete(script.playOn(loop, actions)));
        return started.join();
    }

    /** Sets a zone as its wall control would, reported to zone monitoring. */
    public void setLevelFromWall(int zoneId, double level) {
        Zone zone = zone(zoneId);
        require(level >= LipLevel.MIN && level <= LipLevel.MAX, "level " + level + " is outside 0-100");
        onLoop(() -> bridge.state().setLevel(zone, level));
    }

    /**
     * The timeclock's schedule reached one of its events: an enabled event runs as {@code #TIMECLOCK,id,5,event} runs
     * it (reported, then its scene), a disabled one does nothing.
     *
     * @return whether the event ran
     */
    public boolean runTimeclockEvent(int timeclockId, int event) {
        Timeclock timeclock = house.timeclock(timeclockId)
                .orElseThrow(() -> new IllegalArgumentException("the house has no timeclock " + timeclockId));
        require(event >= 1 && (timeclock.events().isEmpty() || timeclock.event(event).isPresent()),
                "timeclock " + timeclockId + " has no event " + event);
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        onLoop(() -> {
            boolean enabled = bridge.state().timeclockEventEnabled(timeclockId, event);
            if (enabled) {
                bridge.state().executeTimeclockEvent(timeclock, event);
            }
            ran.complete(enabled);
        });
        return ran.join();
    }

    /** Makes every sensor of the area report, then the area's occupancy group. */
    public void setOccupancy(int areaId, boolean occupied) {
        Area area = area(areaId);
        onLoop(() -> bridge.state().setOccupancy(area, occupied));
    }

    /**
     * Load runs: sends one pre-encoded burst (whole lines, each ended by CR LF) {@code repeats} times to every
     * logged-in client, as fast as each client reads. Completes when every burst was written.
     */
    public CompletableFuture<Void> firehose(byte[] burst, long repeats) {
        Objects.requireNonNull(burst, "burst");
        CompletableFuture<CompletableFuture<Void>> started = new CompletableFuture<>();
        onLoop(() -> started.complete(bridge.firehose(burst, repeats)));
        return started.join();
    }

    /** Closes every client socket, as a bridge reboot or a Wi-Fi drop would; the server keeps listening. */
    public void dropConnections() {
        onLoop(bridge::dropConnections);
    }

    /** While stalled the simulator keeps sockets open and reads (and records) lines but never answers or sends. */
    public void stall(boolean stalled) {
        bridge.stall(stalled);
    }

    /** Sends raw bytes to every logged-in client, such as binary junk or a very long line without an end. */
    public void sendGarbage(byte[] bytes) {
        byte[] copy = bytes.clone();
        onLoop(() -> bridge.sendGarbage(copy));
    }

    /** While refusing, new connections are accepted and closed at once. */
    public void refuseConnections(boolean refuse) {
        bridge.refuse(refuse);
    }

    /** The prompt later logins get, such as {@link #SAFE_PROMPT}; sessions already logged in keep theirs. */
    public void setPrompt(String prompt) {
        require(prompt != null && !prompt.isEmpty(), "prompt is required");
        bridge.prompt(prompt);
    }

    private Runnable buttonAction(int deviceId, int component, DeviceAction action) {
        Device device = device(deviceId);
        if (device.isSensor()) {
            require(component == Device.SENSOR_COMPONENT
                    && (action == DeviceAction.PRESS || action == DeviceAction.RELEASE),
                    "occupancy sensor " + deviceId + " only presses and releases component 2");
            return () -> bridge.state().sensor(device, action == DeviceAction.PRESS);
        }
        Button button = device.button(component).orElseThrow(
                () -> new IllegalArgumentException("device " + deviceId + " has no button " + component));
        if ((action == DeviceAction.HOLD || action == DeviceAction.MULTI_TAP)
            && !bridge.prompt().startsWith(QNET_PROMPT.trim())) {
            return () -> {
                // RadioRA 2 and Caseta report neither hold nor multi-tap (LIP.md 2.13): the keypad says nothing
            };
        }
        return () -> bridge.state().button(device, button, action, 1);
    }

    private Zone zone(int id) {
        return house.zone(id).orElseThrow(() -> new IllegalArgumentException("the house has no zone " + id));
    }

    private Device device(int id) {
        return house.device(id).orElseThrow(() -> new IllegalArgumentException("the house has no device " + id));
    }

    private Area area(int id) {
        return house.area(id).orElseThrow(() -> new IllegalArgumentException("the house has no area " + id));
    }

    /** Runs a task on the event loop and waits for it, so its effects are queued for the clients on return. */
    private void onLoop(Runnable task) {
        checkOpen();
        if (loop.inEventLoop()) {
            task.run();
            return;
        }
        Future<?> done = loop.submit(task).awaitUninterruptibly();
        if (!done.isSuccess()) {
            throw new IllegalStateException("LIP bridge simulator task failed", done.cause());
        }
    }

    /** Waits for a future unless on the event loop, where waiting would deadlock. */
    private void await(Future<?> future) {
        if (!loop.inEventLoop()) {
            future.awaitUninterruptibly();
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("LIP bridge simulator is closed");
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Settings of a simulator; {@link #build()} makes it, {@link LipBridgeSimulator#start()} starts it. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private LipHouse house;
        private String user = "lutron";
        private String password = "integration";
        private boolean doubleLogin;
        private String prompt = GNET_PROMPT;
        private boolean echoDeviceTwice = true;
        private boolean greenModeStepReports = true;
        private boolean telnetNegotiation = true;
        private boolean refuseConnections;
        private int httpPort = HTTP_OFF;
        private boolean junkBeforeXmlProlog;
        private int levelReportsAfterLogin;
        private EventLoopGroup group;
        private Recording replay;
        private boolean replayAsFastAsPossible;

        private Builder() {
        }

        /**
         * Right after each login, reports this many zone levels (the zones of the house in turn) to the new session,
         * as a busy house does while a client sets its session up; 0 by default.
         */
        public Builder levelReportsAfterLogin(int reports) {
            if (reports < 0) {
                throw new IllegalArgumentException("level reports " + reports + " is negative");
            }
            this.levelReportsAfterLogin = reports;
            return this;
        }

        /**
         * Replays a recording of a real bridge (see {@link Recording}): a command the recording has is answered with
         * the lines the bridge answered it with; the lines the bridge sent on its own go to every session that logs in,
         * each at its recorded offset from the login (or all at once, in order, when {@code asFastAsPossible}).
         * Commands the recording lacks are executed against the simulator's own house.
         */
        public Builder replay(Recording recording, boolean asFastAsPossible) {
            LipReplay.of(Objects.requireNonNull(recording, "recording"));
            this.replay = recording;
            this.replayAsFastAsPossible = asFastAsPossible;
            return this;
        }

        /** The address to listen on, {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one, see {@link LipBridgeSimulator#port()}. */
        public Builder port(int port) {
            require(port >= 0 && port <= 0xFFFF, "port " + port + " is outside 0-65535");
            this.port = port;
            return this;
        }

        /** The installation to play, {@link LipHouse#demo()} by default. */
        public Builder house(LipHouse house) {
            this.house = Objects.requireNonNull(house, "house");
            return this;
        }

        /** The one telnet login accepted, {@code lutron} / {@code integration} by default. */
        public Builder credentials(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** The Caseta quirk: after the first correct password of a connection, ask {@code login: } once more. */
        public Builder doubleLogin(boolean doubleLogin) {
            this.doubleLogin = doubleLogin;
            return this;
        }

        /** The prompt after login: {@link #GNET_PROMPT} (default), {@link #QNET_PROMPT} or {@link #SAFE_PROMPT}. */
        public Builder prompt(String prompt) {
            require(prompt != null && !prompt.isEmpty(), "prompt is required");
            this.prompt = prompt;
            return this;
        }

        /** Whether a {@code #DEVICE} command is reported twice to button monitoring, as real bridges do (default). */
        public Builder echoDeviceTwice(boolean echoDeviceTwice) {
            this.echoDeviceTwice = echoDeviceTwice;
            return this;
        }

        /**
         * Whether a green mode step change is reported to mode monitoring (18), as the guide's monitoring type says
         * (default); {@code false} plays the bridges openHAB saw that do not push it, so clients must poll
         * (LIP.md 2.8).
         */
        public Builder greenModeStepReports(boolean reports) {
            this.greenModeStepReports = reports;
            return this;
        }

        /** Whether each connection starts with {@code IAC DO SUPPRESS-GO-AHEAD} before {@code login: } (default). */
        public Builder telnetNegotiation(boolean telnetNegotiation) {
            this.telnetNegotiation = telnetNegotiation;
            return this;
        }

        /** Whether to start refusing connections, as {@link LipBridgeSimulator#refuseConnections(boolean)} does. */
        public Builder refuseConnections(boolean refuse) {
            this.refuseConnections = refuse;
            return this;
        }

        /**
         * The port to serve the house's {@code DbXmlInfo.xml} on, on the same host; -1 (the default) serves no HTTP,
         * 0 picks a free port, see {@link LipBridgeSimulator#integrationReportUrl()}.
         */
        public Builder httpPort(int httpPort) {
            require(httpPort >= HTTP_OFF && httpPort <= 0xFFFF, "HTTP port " + httpPort + " is outside -1-65535");
            this.httpPort = httpPort;
            return this;
        }

        /** Whether the {@code DbXmlInfo.xml} served has junk lines before its {@code <?xml} prolog (some firmware). */
        public Builder junkBeforeXmlProlog(boolean junk) {
            this.junkBeforeXmlProlog = junk;
            return this;
        }

        /** An NIO event loop group to run on, which the simulator does not shut down; by default it has its own. */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /** Makes the simulator, with its own event loop unless one was given; {@code start()} binds it. */
        public LipBridgeSimulator build() {
            return new LipBridgeSimulator(this);
        }
    }
}
