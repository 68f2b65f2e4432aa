package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.ReferenceCountedOpenSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;

/**
 * A LEAP server over mutual TLS that behaves like a Caseta Smart Bridge or a RadioRA 3 processor, quirks included,
 * replaying the recorded responses of LEAP.md 6 (or, with {@link Builder#largeHouse}, a big made-up RadioRA 3 house
 * in their shapes) and keeping zone levels, occupancy and LEDs as state. It makes its
 * own bridge CA and hands out the client files pairing would write. Its test API changes the system as a person at
 * the wall would, reported to clients exactly as the bridge does, and injects faults. With a pairing port it also
 * listens for LAP pairing (LEAP.md 4) and signs CSRs once its simulated button is pressed. All sessions and state live
 * on one event loop; every method may be called from any thread.
 */
public final class LeapBridgeSimulator implements AutoCloseable {

    /** The system played. */
    public enum Mode {
        /**
         * A Caseta Smart Bridge: flat device list, scenes as virtual buttons, untagged zone status pushes; with
         * {@link Builder#lipServer} a Smart Bridge Pro.
         */
        CASETA,
        /** A RadioRA 3 processor: areas, control stations and zones, {@code /device} answered 204, keypad LEDs. */
        RA3
    }

    private static final Logger LOG = LoggerFactory.getLogger(LeapBridgeSimulator.class);

    private final String host;
    private final int requestedPort;
    private final Mode mode;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final LeapCertificates certificates;
    private final SslContext sslContext;
    private final LeapBridge bridge;
    private final int requestedPairingPort;
    private final LeapPairingServer pairing;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Channel server;

    private LeapBridgeSimulator(Builder b) {
        if (b.largeHouse != null && b.mode != Mode.RA3) {
            throw new IllegalArgumentException("largeHouse plays a RadioRA 3 processor: build with mode(Mode.RA3)");
        }
        if (b.lipServer && b.mode != Mode.CASETA) {
            throw new IllegalArgumentException("lipServer plays a Caseta Smart Bridge Pro: build with mode(Mode.CASETA)");
        }
        host = b.host;
        requestedPort = b.port;
        mode = b.mode;
        certificates = LeapCertificates.create(b.expiredCertificate);
        try {
            sslContext = SslContextBuilder.forServer(certificates.serverKey(), certificates.serverChain())
                    .sslProvider(b.tlsProvider)
                    .trustManager(certificates.caCertificate())
                    .clientAuth(ClientAuth.REQUIRE)
                    .protocols("TLSv1.2")
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot make the simulated bridge's TLS context", e);
        }
        ownsGroup = b.group == null;
        group = ownsGroup ? new NioEventLoopGroup(1, new DefaultThreadFactory("leap-simulator", true)) : b.group;
        loop = group.next();
        try {
            LeapFixtures fixtures = b.largeHouse != null
                    ? LeapFixtures.ra3(LeapLargeHouse.generate(b.largeHouse[0], b.largeHouse[1], b.largeHouse[2]))
                    : mode == Mode.CASETA ? LeapFixtures.caseta() : LeapFixtures.ra3();
            bridge = new LeapBridge(mode, fixtures, loop, b.travelTime,
                    new LeapResources.Options(b.pageSize, b.bigDeviceList, b.untaggedOccupancySubscribeResponse,
                            b.lipServer));
        } catch (RuntimeException e) {
            if (ownsGroup) {
                group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            }
            throw e;
        }
        bridge.refuse(b.refuseConnections);
        bridge.readDelay(b.readDelay);
        bridge.answerDelay(b.answerDelay);
        if (b.replay != null) {
            bridge.replay(LeapReplay.of(b.replay), b.replayAsFastAsPossible);
        }
        requestedPairingPort = b.pairingPort;
        // pylutron trusts lutron-root, not the RootCertificate an RA3 processor returns (LEAP.md 4 step 8): returning
        // another CA in RA3 mode makes a client that trusts the returned root fail its verification
        pairing = b.pairingPort < 0 ? null : new LeapPairingServer(certificates,
                mode == Mode.RA3 ? certificates.untrustedClient("processor").ca() : certificates.caCertificate());
    }

    /** A builder with the defaults: Caseta, 127.0.0.1, ephemeral port, no paging, no padding. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this simulator
     * @throws IllegalStateException when already started, closed, or the address cannot be bound
     */
    public synchronized LeapBridgeSimulator start() {
        checkOpen();
        if (server != null) {
            throw new IllegalStateException("LEAP bridge simulator already started on " + host + ":" + port());
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                // one loop for the server and every session keeps all state single-threaded
                .group(loop, loop)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (bridge.refusing()) {
                            LOG.debug("Refusing connection from {}", channel.remoteAddress());
                            channel.close();
                            return;
                        }
                        channel.pipeline().addLast(sslContext.newHandler(channel.alloc()),
                                new LineBasedFrameDecoder(LeapBridge.MAX_REQUEST_LENGTH, true, false),
                                new StringDecoder(StandardCharsets.UTF_8), new LeapSession(bridge));
                    }
                });
        ChannelFuture bound = bootstrap.bind(host, requestedPort).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("LEAP bridge simulator cannot listen on " + host + ":" + requestedPort,
                    bound.cause());
        }
        server = bound.channel();
        if (pairing != null) {
            try {
                pairing.start(loop, host, requestedPairingPort);
            } catch (IllegalStateException e) {
                server.close().awaitUninterruptibly();
                server = null;
                throw e;
            }
        }
        LOG.info("LEAP bridge simulator ({}, SmartBridge{}) listening on {}:{}{}", mode, certificates.bridgeId(), host,
                port(), pairing == null ? "" : ", pairing on port " + pairing.port());
        return this;
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
     * The LAP pairing port once started (the ephemeral one when built with pairing port 0), else the configured one;
     * -1 when pairing is off.
     */
    public int pairingPort() {
        if (pairing == null) {
            return -1;
        }
        int bound = pairing.port();
        return bound >= 0 ? bound : requestedPairingPort;
    }

    /** The system played. */
    public Mode mode() {
        return mode;
    }

    /** The TLS engine of the bridge's side, told from the context it made: JDK or OPENSSL. */
    public SslProvider tlsProvider() {
        return OpenSsl.isAvailable() && sslContext instanceof ReferenceCountedOpenSslContext ? SslProvider.OPENSSL
                : SslProvider.JDK;
    }

    /** Closes every client connection and the server, and stops the own event loop group; repeated calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (loop.isShuttingDown()) {
            return;
        }
        await(loop.submit(() -> {
            bridge.zones().values().forEach(LeapZone::stopMotion);
            bridge.dropConnections();
            if (pairing != null) {
                pairing.close();
            }
            Channel s = server;
            if (s != null) {
                s.close();
            }
        }));
        if (ownsGroup) {
            await(group.shutdownGracefully(0, 2, TimeUnit.SECONDS));
        }
        LOG.info("LEAP bridge simulator on {}:{} closed", host, port());
    }

    // --- certificates ---

    /** The bridge's self-signed EC P-256 CA, {@code CN=SmartBridge<12 hex>}, valid 10 years from its making. */
    public X509Certificate bridgeCaCertificate() {
        return certificates.caCertificate();
    }

    /**
     * Writes the files pairing writes: {@code <name>.key} (the client's RSA-2048 key, PKCS#8 PEM), {@code <name>.crt}
     * (its certificate, {@code CN=<name>}, signed by the bridge CA) and {@code <name>-bridge.crt} (the bridge CA).
     */
    public void writeClientFiles(Path dir, String name) {
        LeapCertificates.writeFiles(certificates.client(requireName(name)), dir, name);
    }

    /**
     * Writes the bridge's own side as PEM, for a stand-in bridge in another process (the load harness's external
     * source): {@code <name>-server.key} (its EC key, PKCS#8), {@code <name>-server.crt} (its server certificate,
     * then the CA) and {@code <name>-ca.crt} (the bridge CA, which also signs the clients).
     */
    public void writeBridgeFiles(Path dir, String name) {
        requireName(name);
        try {
            Files.createDirectories(dir);
            Path key = dir.resolve(name + "-server.key");
            Files.writeString(key, LeapCertificates.pem("PRIVATE KEY", certificates.serverKey().getEncoded()),
                    StandardCharsets.US_ASCII);
            StringBuilder chain = new StringBuilder();
            for (X509Certificate c : certificates.serverChain()) {
                chain.append(LeapCertificates.pem("CERTIFICATE", c.getEncoded()));
            }
            Files.writeString(dir.resolve(name + "-server.crt"), chain, StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(name + "-ca.crt"),
                    LeapCertificates.pem("CERTIFICATE", certificates.caCertificate().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bridge files of " + name + " to " + dir, e);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the bridge certificate", e);
        }
    }

    /** Writes the same three files for a client signed by another bridge's CA, which this bridge refuses. */
    public void writeUntrustedClientFiles(Path dir, String name) {
        LeapCertificates.writeFiles(certificates.untrustedClient(requireName(name)), dir, name);
    }

    /**
     * Writes a PKCS12 key store as openHAB's {@code lutron.keystore}: the client key and certificate chain under alias
     * {@code client}, the bridge CA as the trusted entry {@code bridge}, both protected by the password.
     */
    public void writeKeyStore(Path file, char[] password) {
        Objects.requireNonNull(password, "password");
        LeapCertificates.writeKeyStore(certificates.client("camel-lutron"), file, password);
    }

    // --- state ---

    /** The zone's level as last reported, or null when the system has no such zone. */
    public Double level(int zoneId) {
        return call(() -> {
            LeapZone zone = bridge.zone(zoneId);
            return zone == null ? null : zone.level();
        });
    }

    /** The ids of the system's zones: Caseta's {@code LocalZones}, RA3's zones from its zone status. */
    public List<Integer> zoneIds() {
        return call(() -> List.copyOf(bridge.zones().keySet()));
    }

    /** The zone's {@code Name} as its definition reads it, or null when the system has no such zone. */
    public String zoneName(int zoneId) {
        return call(() -> {
            LeapZone zone = bridge.zone(zoneId);
            return zone == null || !zone.definition().hasNonNull("Name") ? null
                    : zone.definition().path("Name").asText();
        });
    }

    /** The ids of the buttons events can be sent for: Caseta's {@code /button} list, RA3's keypad and Pico buttons. */
    public List<Integer> buttonIds() {
        return call(() -> List.copyOf(bridge.buttons().keySet()));
    }

    /** An RA3 keypad LED's state, {@code On} or {@code Off}, or null when there is no such LED. */
    public String ledState(int ledId) {
        return call(() -> bridge.leds().get(ledId));
    }

    /** Caseta Smart Away's {@code EnabledState}, {@code Enabled} or {@code Disabled}; null on RA3, which has none. */
    public String smartAway() {
        return call(bridge::awayState);
    }

    /** The occupancy of a Caseta occupancy group or an RA3 area, or null when there is none with that id. */
    public String occupancy(int id) {
        return call(() -> bridge.occupancy().get(id));
    }

    /** Every non-blank request line received, in order, from every connection, as a snapshot. */
    public List<String> received() {
        return bridge.receivedLines();
    }

    /** Forgets the lines {@link #received()} has recorded so far. */
    public void clearReceived() {
        bridge.clearReceived();
    }

    /** Request lines received since start (or the last {@link #resetRequestCounts()}), from every connection. */
    public long requestCount() {
        return bridge.requestCount();
    }

    /**
     * The most requests one connection had waiting for their answer at once (read, not answered yet) since start or
     * the last {@link #resetRequestCounts()}. Answers go out as soon as a request is read unless they are delayed
     * ({@link Builder#answerDelay}, {@link Builder#readDelay}), so this shows a client's pipelining only with a delay.
     * Requests read while stalled are never answered and not counted here.
     */
    public int peakRequestsInFlight() {
        return bridge.peakInFlight();
    }

    /** Starts {@link #requestCount()} and {@link #peakRequestsInFlight()} from 0 again. */
    public void resetRequestCounts() {
        bridge.resetRequestCounts();
    }

    /** TCP connections open now, whether or not their TLS handshake completed. */
    public int connectionCount() {
        return bridge.connectionCount();
    }

    /** Successful TLS handshakes since start. */
    public int handshakeCount() {
        return bridge.handshakeCount();
    }

    // --- test API ---

    /** Sends a line, with CR LF added, to every connected client whose handshake completed. */
    public void inject(String json) {
        Objects.requireNonNull(json, "json");
        onLoop(() -> bridge.inject(json));
    }

    /**
     * Presses and releases a button: {@code Press} then {@code Release} to its subscribers. An RA3 keypad shows the
     * press on its LEDs, as {@link #buttonEvent} with {@code Press} does.
     */
    public void pressButton(int buttonId) {
        requireButton(buttonId);
        onLoop(() -> {
            bridge.buttonEvent(buttonId, "Press");
            bridge.buttonEvent(buttonId, "Release");
        });
    }

    /**
     * Sends one button event ({@code Press}, {@code Release}, {@code MultiTap}, {@code LongHold}) to subscribers. After
     * a {@code Press} of an RA3 keypad's scene button, the LED of that scene lights and those of the other scenes of
     * its button group go out, each change reported to the LED's subscribers.
     */
    public void buttonEvent(int buttonId, String eventType) {
        requireButton(buttonId);
        require(LeapBridge.BUTTON_EVENTS.contains(eventType),
                "event type '" + eventType + "' is not one of " + LeapBridge.BUTTON_EVENTS);
        onLoop(() -> bridge.buttonEvent(buttonId, eventType));
    }

    /**
     * Plays what a person does with one button, scheduled on the simulator's event loop: every step is sent to the
     * button's subscribers as a {@code OneButtonStatusEvent} ({@code Press}, {@code Release}, {@code LongHold} for
     * {@link ButtonScript.Action#HOLD}, {@code MultiTap}) at its offset from now, so the times between them are exact
     * on the wire whatever the calling thread does. Caseta bridges report only {@code Press} and {@code Release}
     * (LEAP.md 3.2); {@code LongHold} is a HomeWorks QSX processor's. Returns at once.
     *
     * @return completes when the last step was sent
     */
    public CompletableFuture<Void> playButton(int buttonId, ButtonScript script) {
        Objects.requireNonNull(script, "script");
        requireButton(buttonId);
        List<Runnable> actions = script.steps().stream().map(step -> {
            String eventType = switch (step.action()) {
                case PRESS -> "Press";
                case RELEASE -> "Release";
                case HOLD -> "LongHold";
                case MULTI_TAP -> "MultiTap";
            };
            return (Runnable) () -> bridge.buttonEvent(buttonId, eventType);
        }).toList();
        return call(() -> script.playOn(loop, actions));
    }

    /**
     * Sets a zone as its wall control would: Caseta pushes an untagged {@code OneZoneStatus} to every connection, RA3
     * a {@code MultipleZoneStatus} event to the {@code /zone/status} subscribers.
     */
    public void setLevelFromWall(int zoneId, double level) {
        require(level >= 0 && level <= 100, "level " + level + " is outside 0-100");
        onLoop(() -> bridge.setLevel(zone(zoneId), level));
    }

    /**
     * Changes occupancy ({@code Occupied}, {@code Unoccupied}, {@code Unknown}): on Caseta of an occupancy group,
     * reported to the {@code /occupancygroup/status} subscribers; on RA3 of an area, reported to {@code /area/status}.
     */
    public void setOccupancy(int id, String status) {
        require(LeapBridge.OCCUPANCY_STATES.contains(status),
                "occupancy '" + status + "' is not one of " + LeapBridge.OCCUPANCY_STATES);
        onLoop(() -> {
            require(bridge.occupancy().containsKey(id), "the bridge has no "
                    + (mode == Mode.CASETA ? "occupancy group " : "area ") + id);
            bridge.setOccupancy(id, status);
        });
    }

    /** Sets an RA3 keypad LED ({@code On} or {@code Off}), reported to the LED's subscribers. */
    public void setLed(int ledId, String state) {
        require(LeapBridge.LED_STATES.contains(state), "LED state '" + state + "' is not On or Off");
        onLoop(() -> {
            require(bridge.leds().containsKey(ledId), "the bridge has no LED " + ledId);
            bridge.setLed(ledId, state);
        });
    }

    /**
     * Turns Caseta Smart Away on or off, as the Lutron app does: reported to the subscribers of
     * {@code /system/away/1/status}.
     */
    public void setSmartAway(boolean enabled) {
        require(mode == Mode.CASETA, "a RadioRA 3 processor has no Smart Away");
        onLoop(() -> {
            bridge.setAwayState(enabled ? "Enabled" : "Disabled");
            bridge.awayChanged();
        });
    }

    /**
     * Sets the battery of a Caseta shade or blind ({@code Good} or {@code Low}), as {@code /device/N/status} then
     * answers it; the bridge pushes nothing for it.
     */
    public void setBattery(int deviceId, String levelState) {
        require(LeapBridge.BATTERY_STATES.contains(levelState),
                "battery state '" + levelState + "' is not one of " + LeapBridge.BATTERY_STATES);
        onLoop(() -> {
            require(bridge.batteries().containsKey(deviceId), "device " + deviceId + " of the bridge has no battery");
            bridge.setBattery(deviceId, levelState);
        });
    }

    /**
     * Presses the pairing button: every pairing connection open now gets a status with {@code PhysicalAccess}, and the
     * bridge signs its next CSR. A connection opened later waits for the next press.
     *
     * @throws IllegalStateException when the simulator was built without a pairing port
     */
    public void pressPairingButton() {
        if (pairing == null) {
            throw new IllegalStateException("LEAP bridge simulator has no pairing port: build it with pairingPort(0)");
        }
        onLoop(pairing::press);
    }

    /**
     * Load runs: sends one pre-encoded burst (whole lines, each ended by CR LF) {@code repeats} times to every
     * secured (TLS handshake done) client, as fast as each client reads. Completes when every burst was written.
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

    /**
     * While stalled the bridge keeps sockets open and completes TLS handshakes, reads (and records) request lines but
     * never answers or pushes anything.
     */
    public void stall(boolean stalled) {
        bridge.stall(stalled);
    }

    /** Sends raw bytes to every client whose handshake completed, such as binary junk or half a JSON line. */
    public void sendGarbage(byte[] bytes) {
        byte[] copy = bytes.clone();
        onLoop(() -> bridge.sendGarbage(copy));
    }

    /**
     * Answers every {@code ReadRequest} this much later (the others at once), as a big or busy processor does while a
     * client discovers it; {@link Duration#ZERO} for no delay.
     */
    public void delayReads(Duration delay) {
        require(delay != null && !delay.isNegative(), "read delay must not be negative");
        bridge.readDelay(delay);
    }

    /**
     * Answers every request this much later, in the order received, as a real processor's latency (a few ms per
     * request) or a busy one; {@link Duration#ZERO} for none. Adds to {@link #delayReads(Duration)} for reads.
     */
    public void delayAnswers(Duration delay) {
        require(delay != null && !delay.isNegative(), "answer delay must not be negative");
        bridge.answerDelay(delay);
    }

    /** While refusing, new connections are accepted and closed at once, before any TLS handshake. */
    public void refuseConnections(boolean refuse) {
        bridge.refuse(refuse);
    }

    private void requireButton(int buttonId) {
        require(call(() -> bridge.buttons().containsKey(buttonId)), "the bridge has no button " + buttonId);
    }

    private LeapZone zone(int id) {
        LeapZone zone = bridge.zone(id);
        require(zone != null, "the bridge has no zone " + id);
        return zone;
    }

    private static String requireName(String name) {
        require(name != null && !name.isBlank() && !name.contains("/") && !name.contains("\\"),
                "'" + name + "' is not a file name");
        return name;
    }

    /** Runs a task on the event loop and waits for it, so its effects are queued for the clients on return. */
    private void onLoop(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    private <T> T call(Callable<T> task) {
        checkOpen();
        if (loop.inEventLoop()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("LEAP bridge simulator task failed", e);
            }
        }
        Future<T> done = loop.submit(task).awaitUninterruptibly();
        if (!done.isSuccess()) {
            if (done.cause() instanceof IllegalArgumentException problem) {
                throw new IllegalArgumentException(problem.getMessage(), problem);
            }
            throw new IllegalStateException("LEAP bridge simulator task failed", done.cause());
        }
        return done.getNow();
    }

    /** Waits for a future unless on the event loop, where waiting would deadlock. */
    private void await(Future<?> future) {
        if (!loop.inEventLoop()) {
            future.awaitUninterruptibly();
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("LEAP bridge simulator is closed");
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Settings of a simulator; {@link #build()} makes it, {@link LeapBridgeSimulator#start()} starts it. */
    public static final class Builder {

        private Mode mode = Mode.CASETA;
        private String host = "127.0.0.1";
        private int port;
        private int pageSize;
        private int bigDeviceList;
        private boolean untaggedOccupancySubscribeResponse;
        private boolean lipServer;
        private Duration travelTime = Duration.ofSeconds(2);
        private boolean refuseConnections;
        private Duration readDelay = Duration.ZERO;
        private Duration answerDelay = Duration.ZERO;
        private int[] largeHouse;
        private boolean expiredCertificate;
        private int pairingPort = -1;
        private EventLoopGroup group;
        private SslProvider tlsProvider = SslProvider.JDK;
        private Recording replay;
        private boolean replayAsFastAsPossible;

        private Builder() {
        }

        /** The system to play, {@link Mode#CASETA} by default. */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The address to listen on, {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one, see {@link LeapBridgeSimulator#port()}. */
        public Builder port(int port) {
            require(port >= 0 && port <= 0xFFFF, "port " + port + " is outside 0-65535");
            this.port = port;
            return this;
        }

        /**
         * Answers list reads ({@code /device}, {@code /area}, {@code /button}...) in pages of this many entries, each
         * but the last with a {@code Header.Paging} object the client must echo to get the next; 0 (the default)
         * answers whole lists.
         */
        public Builder pageSize(int pageSize) {
            require(pageSize >= 0, "page size " + pageSize + " is negative");
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Pads the device list (Caseta {@code /device}, RA3 {@code /device?where=IsThisDevice:false}) with this many
         * synthetic Picos, about 370 bytes each, so that the reply is one line of several MiB; 0 by default.
         */
        public Builder bigDeviceList(int extraDevices) {
            require(extraDevices >= 0, "extra devices " + extraDevices + " is negative");
            this.bigDeviceList = extraDevices;
            return this;
        }

        /** Whether the Caseta answer to {@code Subscribe /occupancygroup/status} comes without the ClientTag. */
        public Builder untaggedOccupancySubscribeResponse(boolean untagged) {
            this.untaggedOccupancySubscribeResponse = untagged;
            return this;
        }

        /**
         * Whether the Caseta bridge is a Smart Bridge Pro, which also runs the LIP telnet server: {@code /server} lists
         * it, and {@code /server/2/id} answers the LIP ids of its devices and zones. By default it is not, and answers
         * {@code /server/2/id} with 404, as a bridge without LIP answers with an error (LEAP.md 3).
         */
        public Builder lipServer(boolean lipServer) {
            this.lipServer = lipServer;
            return this;
        }

        /** How long a zone takes from 0 to 100 on {@code Raise} or {@code Lower}, 2 seconds by default. */
        public Builder travelTime(Duration travelTime) {
            require(travelTime != null && !travelTime.isNegative() && !travelTime.isZero(),
                    "travel time must be positive");
            this.travelTime = travelTime;
            return this;
        }

        /** Whether to start refusing connections, as {@link LeapBridgeSimulator#refuseConnections(boolean)} does. */
        public Builder refuseConnections(boolean refuse) {
            this.refuseConnections = refuse;
            return this;
        }

        /** Whether the bridge presents a server certificate that expired yesterday; false by default. */
        public Builder expiredCertificate(boolean expired) {
            this.expiredCertificate = expired;
            return this;
        }

        /** Answers every read this much later, as {@link LeapBridgeSimulator#delayReads(Duration)} does. */
        public Builder readDelay(Duration delay) {
            require(delay != null && !delay.isNegative(), "read delay must not be negative");
            this.readDelay = delay;
            return this;
        }

        /** Answers every request this much later, as {@link LeapBridgeSimulator#delayAnswers(Duration)} does. */
        public Builder answerDelay(Duration delay) {
            require(delay != null && !delay.isNegative(), "answer delay must not be negative");
            this.answerDelay = delay;
            return this;
        }

        /**
         * Plays a made-up RadioRA 3 / HomeWorks QSX house instead of the recorded one (needs {@link Mode#RA3}):
         * {@code areas} areas in all (the project area "Home", a floor area per 20 areas, and rooms "Room 1",
         * "Room 2"... as the leaves), {@code zones} zones and {@code keypads} keypads and Picos spread evenly over the
         * rooms, in the shapes of the recorded processor messages. See docs/simulator.md, "A large house".
         */
        public Builder largeHouse(int areas, int zones, int keypads) {
            require(areas >= 2, "a large house needs at least 2 areas (the project area and a room), was " + areas);
            require(zones >= 0 && keypads >= 0, "zone and keypad counts must not be negative");
            this.largeHouse = new int[] { areas, zones, keypads };
            return this;
        }

        /**
         * Replays a recording of a real bridge (see {@link Recording}): a request the recording has is answered as
         * the bridge answered it, with the request's tag; the bridge's events go to every session, each at its
         * recorded offset from the session's handshake (or all at once, in order, when {@code asFastAsPossible}), a
         * subscription's events once the session subscribes to its URL. Requests the recording lacks are answered
         * from the simulator's own house.
         */
        public Builder replay(Recording recording, boolean asFastAsPossible) {
            LeapReplay.of(Objects.requireNonNull(recording, "recording"));
            this.replay = recording;
            this.replayAsFastAsPossible = asFastAsPossible;
            return this;
        }

        /**
         * Also listens for LAP pairing on this port of the same host; 0 picks a free one, -1 (the default) does not
         * listen. See {@link LeapBridgeSimulator#pairingPort()} and {@link LeapBridgeSimulator#pressPairingButton()}.
         */
        public Builder pairingPort(int pairingPort) {
            require(pairingPort >= -1 && pairingPort <= 0xFFFF, "pairing port " + pairingPort + " is outside -1-65535");
            this.pairingPort = pairingPort;
            return this;
        }

        /** An NIO event loop group to run on, which the simulator does not shut down; by default it has its own. */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /**
         * The TLS engine of the bridge's side, {@link SslProvider#JDK} by default. {@link SslProvider#OPENSSL} (it needs
         * {@code io.netty:netty-tcnative-boringssl-static}) keeps the simulator's encryption from being what a load
         * test measures; the handshake is the same either way: TLS 1.2 only, a client certificate of the bridge CA
         * required.
         *
         * @throws IllegalStateException when an OpenSSL engine is asked for and Netty cannot load it
         */
        public Builder tlsProvider(SslProvider provider) {
            Objects.requireNonNull(provider, "provider");
            if (provider != SslProvider.JDK && !OpenSsl.isAvailable()) {
                throw new IllegalStateException("The simulator's " + provider + " TLS engine needs"
                                                + " io.netty:netty-tcnative-boringssl-static on the class path: "
                                                + OpenSsl.unavailabilityCause(), OpenSsl.unavailabilityCause());
            }
            this.tlsProvider = provider;
            return this;
        }

        /** Makes the simulator with fresh certificates, and its own event loop unless one was given. */
        public LeapBridgeSimulator build() {
            return new LeapBridgeSimulator(this);
        }
    }
}
