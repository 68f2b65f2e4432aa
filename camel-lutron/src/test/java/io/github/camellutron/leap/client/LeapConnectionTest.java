package io.github.camellutron.leap.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLEngine;

import io.github.camellutron.client.ConnectionTests;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LedState;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.SystemFamily;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.ReferenceCountedOpenSslEngine;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.camellutron.client.ConnectionTests.answer;
import static io.github.camellutron.client.ConnectionTests.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervised LEAP session over real TLS against the bridge simulator, in Caseta and RadioRA 3 modes. */
class LeapConnectionTest {

    @TempDir
    Path dir;

    private final NioEventLoopGroup group = new NioEventLoopGroup(1);
    private final List<LutronEvent> events = new CopyOnWriteArrayList<>();
    private LeapBridgeSimulator simulator;
    private LeapConnection connection;

    private LeapBridgeSimulator simulator(UnaryOperator<LeapBridgeSimulator.Builder> custom) {
        simulator = custom.apply(LeapBridgeSimulator.builder()).build().start();
        return simulator;
    }

    private SslContext pem(LeapBridgeSimulator bridge, String name) throws IOException {
        return pem(bridge, name, LeapTlsProvider.auto);
    }

    private SslContext pem(LeapBridgeSimulator bridge, String name, LeapTlsProvider provider) throws IOException {
        bridge.writeClientFiles(dir, name);
        return pemFiles(name, name, name, provider);
    }

    /** The client certificate and key of {@code identity} with the bridge CA file of {@code caOf}. */
    private SslContext pemFiles(String certificate, String key, String caOf, LeapTlsProvider provider)
            throws IOException {
        try (InputStream cert = Files.newInputStream(dir.resolve(certificate + ".crt"));
             InputStream k = Files.newInputStream(dir.resolve(key + ".key"));
             InputStream ca = Files.newInputStream(dir.resolve(caOf + "-bridge.crt"))) {
            return LeapTls.fromPem(cert, k, ca, provider);
        }
    }

    private LeapConnection connect(SslContext tls, UnaryOperator<LeapConnectionOptions.Builder> custom) {
        LeapConnectionOptions options = custom.apply(LeapConnectionOptions.builder("127.0.0.1", tls)
                .port(simulator.port())
                .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(400))
                .responseTimeout(Duration.ofSeconds(3)))
                .build();
        connection = new LeapConnection(options, group);
        connection.addListener((event, source) -> events.add(event));
        connection.start();
        return connection;
    }

    private LeapConnection connected(UnaryOperator<LeapBridgeSimulator.Builder> custom) throws IOException {
        simulator(custom);
        connect(pem(simulator, "test"), UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        return connection;
    }

    private void awaitState(LinkState state) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> connection.state() == state);
    }

    private <T extends LutronEvent> T awaitEvent(Class<T> type, Predicate<T> match) {
        return await().atMost(10, TimeUnit.SECONDS).until(() -> events.stream().filter(type::isInstance)
                .map(type::cast).filter(match).findFirst().orElse(null), e -> e != null);
    }

    private long count(Predicate<LutronEvent> match) {
        return events.stream().filter(match).count();
    }

    @AfterEach
    void tearDown() throws Exception {
        ConnectionTests.stop(connection, simulator, group);
    }

    @Test
    void casetaDiscoveryBuildsTheCatalogAndResyncsEveryZone() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        LeapSystem system = connection.system();
        assertThat(system.family()).isEqualTo(SystemFamily.CASETA);
        assertThat(system.catalog().zone(1)).hasValueSatisfying(z -> {
            assertThat(z.name()).isEqualTo("Lights");
            assertThat(z.area()).isEqualTo("Hallway");
        });
        assertThat(system.catalog().zones()).extracting(z -> z.id()).containsExactlyInAnyOrder(1, 2, 3, 4, 6);
        assertThat(system.catalog().scene("scene 1")).isPresent();
        assertThat(system.button(101)).hasValueSatisfying(b -> assertThat(b.deviceId()).isEqualTo(8));
        assertThat(events.get(0)).isInstanceOfSatisfying(ConnectionEvent.class,
                c -> assertThat(c.state()).isEqualTo(ConnectionState.Connected));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(e -> e instanceof ZoneStatus z && z.resync()) == 5);
        assertThat(simulator.received()).anyMatch(line -> line.contains("/button/101/status/event")
                                                          && line.contains("SubscribeRequest"));
    }

    @Test
    void casetaEventsArriveNamed() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        simulator.setLevelFromWall(1, 42);
        ZoneStatus zone = awaitEvent(ZoneStatus.class, z -> !z.resync() && z.level() == 42.0);
        assertThat(zone.name()).isEqualTo("Lights");
        answer(connection.request(LeapRequests.goToFanSpeed(2, "MediumHigh")));
        ZoneStatus fan = awaitEvent(ZoneStatus.class, z -> z.zoneId() == 2 && !z.resync() && z.level() == 75.0);
        assertThat(fan.fanSpeed()).isEqualTo("MediumHigh");
        simulator.pressButton(101);
        ButtonEvent press = awaitEvent(ButtonEvent.class, b -> b.action() == ButtonAction.Press);
        assertThat(press.deviceId()).isEqualTo(8);
        assertThat(press.buttonId()).isEqualTo(101);
        assertThat(press.area()).isEqualTo("Master Bathroom");
        awaitEvent(ButtonEvent.class, b -> b.action() == ButtonAction.Release);
        simulator.buttonEvent(101, "MultiTap");
        awaitEvent(ButtonEvent.class, b -> b.action() == ButtonAction.MultiTap);
        simulator.setOccupancy(1, "Occupied");
        OccupancyStatus occupancy = awaitEvent(OccupancyStatus.class,
                o -> Integer.valueOf(1).equals(o.occupancyGroupId()) && o.occupancy() == Occupancy.Occupied);
        assertThat(occupancy.areaId()).isEqualTo(2);
        assertThat(occupancy.area()).isEqualTo("Hallway");
    }

    @Test
    void casetaSmartAwayIsReportedAfterConnectedBeforeTheZonesAndThenLive() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(e -> e instanceof ZoneStatus z && z.resync()) == 5);
        AwayStatus snapshot = awaitEvent(AwayStatus.class, AwayStatus::resync);
        assertThat(snapshot.enabledState()).isEqualTo("Enabled");
        assertThat(snapshot.activeState()).isEqualTo("Active");
        assertThat(events.get(0)).isInstanceOf(ConnectionEvent.class);
        int away = events.indexOf(snapshot);
        assertThat(events.subList(0, away)).noneMatch(e -> e instanceof ZoneStatus);
        assertThat(count(e -> e instanceof AwayStatus)).isEqualTo(1);

        simulator.setSmartAway(false);
        AwayStatus live = awaitEvent(AwayStatus.class, a -> !a.resync());
        assertThat(live.enabledState()).isEqualTo("Disabled");
        assertThat(simulator.received()).anyMatch(line -> line.contains("SubscribeRequest")
                                                          && line.contains("/system/away/1/status"));
    }

    @Test
    void aSmartBridgeProsLipIdsAreJoinedToItsDevicesAndZones() throws Exception {
        connected(b -> b.lipServer(true));
        var catalog = connection.system().catalog();
        assertThat(catalog.zones()).extracting(z -> z.id() + "=" + z.lipId())
                .containsExactlyInAnyOrder("1=22", "2=23", "6=27", "3=30", "4=31");
        assertThat(catalog.devices()).extracting(d -> d.id() + "=" + d.lipId()).containsExactlyInAnyOrder(
                "1=1", "2=22", "3=23", "4=null", "5=null", "6=null", "7=27", "8=28", "9=29", "10=30", "11=31");
        simulator.pressButton(101);
        assertThat(awaitEvent(ButtonEvent.class, b -> b.action() == ButtonAction.Press).lipId()).isEqualTo(28);
        simulator.setLevelFromWall(1, 20);
        assertThat(awaitEvent(ZoneStatus.class, z -> !z.resync() && z.level() == 20.0).lipId()).isEqualTo(22);
    }

    @Test
    void aBridgeWithoutLipLeavesTheLipIdsOut() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        assertThat(simulator.received()).anyMatch(line -> line.contains("/server/2/id"));
        assertThat(connection.system().catalog().zones()).allMatch(z -> z.lipId() == null).isNotEmpty();
        assertThat(connection.system().catalog().devices()).allMatch(d -> d.lipId() == null).isNotEmpty();
    }

    @Test
    void ra3DiscoveryReadsAreasControlStationsAndZones() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.RA3));
        LeapSystem system = connection.system();
        assertThat(system.family()).isEqualTo(SystemFamily.RA3);
        assertThat(system.catalog().zones()).extracting(z -> z.id())
                .containsExactlyInAnyOrder(2010, 1361, 1377, 1393, 2091, 2107, 536);
        assertThat(system.catalog().zone(1361)).hasValueSatisfying(z -> {
            assertThat(z.name()).isEqualTo("Vanities");
            assertThat(z.area()).isEqualTo("Primary Bath");
            assertThat(z.type()).isEqualTo("Dimmed");
        });
        assertThat(system.catalog().buttons()).anyMatch(b -> "Play/Pause".equals(b.name()));
        assertThat(system.catalog().buttons()).anyMatch(b -> b.ledId() != null);
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(e -> e instanceof ZoneStatus z && z.resync()) == 7);
    }

    @Test
    void ra3EventsAreaOccupancyLedAndLongHold() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.RA3));
        simulator.setLevelFromWall(1361, 64);
        awaitEvent(ZoneStatus.class, z -> z.zoneId() == 1361 && z.level() == 64.0 && "Vanities".equals(z.name()));
        simulator.setOccupancy(547, "Occupied");
        AreaStatus area = awaitEvent(AreaStatus.class, a -> a.areaId() == 547 && a.occupancy() == Occupancy.Occupied);
        assertThat(area.name()).isEqualTo("Primary Bath");
        awaitEvent(OccupancyStatus.class, o -> Integer.valueOf(547).equals(o.areaId()) && o.occupancy() == Occupancy.Occupied);
        int led = connection.system().catalog().buttons().stream().filter(b -> b.ledId() != null).findFirst()
                .orElseThrow().ledId();
        simulator.setLed(led, "On");
        LedStatus ledStatus = awaitEvent(LedStatus.class, l -> l.ledId() == led && l.state() == LedState.On);
        assertThat(ledStatus.deviceId()).isNotNull();
        int button = connection.system().catalog().buttons().get(0).id();
        simulator.buttonEvent(button, "LongHold");
        awaitEvent(ButtonEvent.class, b -> b.buttonId() == button && b.action() == ButtonAction.LongHold);
    }

    @Test
    void commandsAreAnsweredAndChangeTheZone() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        LeapMessage created = answer(connection.request(LeapRequests.goToLevel(1, 75)));
        assertThat(created.status().code()).isEqualTo(201);
        await().atMost(5, TimeUnit.SECONDS).until(() -> Double.valueOf(75).equals(simulator.level(1)));
        awaitEvent(ZoneStatus.class, z -> z.zoneId() == 1 && z.level() == 75.0 && !z.resync());
        LeapMessage status = answer(connection.request(LeapRequests.read("/zone/1/status")));
        assertThat(status.body().path("ZoneStatus").path("Level").asDouble()).isEqualTo(75.0);
    }

    @Test
    void errorAnswersFailWithCodeReasonUrlAndMessage() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        assertThat(failure(connection.request(LeapRequests.goToLevel(99, 10))))
                .isInstanceOfSatisfying(LeapException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.url()).isEqualTo("/zone/99/commandprocessor");
                    assertThat(e.getMessage()).contains("404", "/zone/99/commandprocessor");
                });
        assertThat(connection.state()).isEqualTo(LinkState.CONNECTED);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aPairedClientConnectsOnTheEngineItAskedFor(LeapTlsProvider provider) throws Exception {
        simulator(b -> b);
        connect(pem(simulator, "test", provider), UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        assertThat(connection.tlsEngine()).isEqualTo(provider);
        assertThat(connection.details()).containsEntry("tlsEngine", provider.name())
                .containsEntry("tlsProtocol", "TLSv1.2");
        assertThat(connection.system().catalog().zone(1)).isPresent();
        assertThat(answer(connection.request(LeapRequests.ping())).bodyType()).isEqualTo("OnePingResponse");
    }

    @Test
    void openSslIsTheEngineOfOpenSslAndAutoPicksItHere() throws Exception {
        simulator(b -> b);
        assertThat(OpenSsl.isAvailable()).as("netty-tcnative is on the test class path: %s",
                OpenSsl.unavailabilityCause()).isTrue();
        assertThat(LeapTls.engine(LeapTlsProvider.auto)).isEqualTo(SslProvider.OPENSSL);
        for (LeapTlsProvider provider : new LeapTlsProvider[] { LeapTlsProvider.openssl, LeapTlsProvider.auto }) {
            SslContext tls = pem(simulator, "test", provider);
            SSLEngine engine = tls.newEngine(ByteBufAllocator.DEFAULT);
            try {
                assertThat(engine).isInstanceOf(ReferenceCountedOpenSslEngine.class);
                assertThat(LeapTls.engineOf(engine)).isEqualTo(LeapTlsProvider.openssl);
            } finally {
                ReferenceCountUtil.release(engine);
            }
        }
        connect(pem(simulator, "test", LeapTlsProvider.auto), UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        assertThat(connection.tlsEngine()).isEqualTo(LeapTlsProvider.openssl);
    }

    @Test
    void jdkIsTheEngineOfJdk() throws Exception {
        simulator(b -> b);
        SslContext tls = pem(simulator, "test", LeapTlsProvider.jdk);
        assertThat(tls).isInstanceOf(JdkSslContext.class);
        SSLEngine engine = tls.newEngine(ByteBufAllocator.DEFAULT);
        assertThat(engine).isNotInstanceOf(ReferenceCountedOpenSslEngine.class);
        assertThat(LeapTls.engineOf(engine)).isEqualTo(LeapTlsProvider.jdk);
        assertThat(LeapTls.engine(LeapTlsProvider.jdk)).isEqualTo(SslProvider.JDK);
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aSimulatorOnOpenSslServesEitherEngine(LeapTlsProvider provider) throws Exception {
        simulator(b -> b.tlsProvider(SslProvider.OPENSSL));
        assertThat(simulator.tlsProvider()).isEqualTo(SslProvider.OPENSSL);
        connect(pem(simulator, "test", provider), UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        assertThat(connection.tlsEngine()).isEqualTo(provider);
        assertThat(answer(connection.request(LeapRequests.ping())).bodyType()).isEqualTo("OnePingResponse");
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aClientCertificateTheBridgeDoesNotTrustIsRefusedWithAClearReason(LeapTlsProvider provider)
            throws Exception {
        simulator(b -> b);
        simulator.writeUntrustedClientFiles(dir, "stranger");
        simulator.writeClientFiles(dir, "mine");
        connect(pemFiles("stranger", "stranger", "mine", provider), UnaryOperator.identity());
        ConnectionEvent down = awaitEvent(ConnectionEvent.class, c -> c.state() == ConnectionState.Disconnected);
        assertThat(down.reason()).contains("refused the client certificate");
        assertThat(connection.state()).isNotEqualTo(LinkState.CONNECTED);
        assertThat(connection.tlsEngine()).isEqualTo(provider);
        assertThat(simulator.handshakeCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aBridgeCertificateFromAnotherCaIsRefused(LeapTlsProvider provider) throws Exception {
        simulator(b -> b);
        try (LeapBridgeSimulator other = LeapBridgeSimulator.builder().build()) {
            other.writeClientFiles(dir, "other");
        }
        simulator.writeClientFiles(dir, "mine");
        connect(pemFiles("mine", "mine", "other", provider), UnaryOperator.identity());
        ConnectionEvent down = awaitEvent(ConnectionEvent.class, c -> c.state() == ConnectionState.Disconnected);
        assertThat(down.reason()).contains("does not chain to the configured bridge CA");
        assertThat(connection.tlsEngine()).isEqualTo(provider);
        assertThat(simulator.handshakeCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = LeapTlsProvider.class, names = { "jdk", "openssl" })
    void aKeyStoreWorksLikeThePemFiles(LeapTlsProvider provider) throws Exception {
        simulator(b -> b.mode(LeapBridgeSimulator.Mode.RA3));
        Path store = dir.resolve("lutron.keystore");
        simulator.writeKeyStore(store, "changeit".toCharArray());
        try (InputStream in = Files.newInputStream(store)) {
            connect(LeapTls.fromKeyStore(in, "changeit".toCharArray(), provider), UnaryOperator.identity());
        }
        awaitState(LinkState.CONNECTED);
        assertThat(connection.tlsEngine()).isEqualTo(provider);
    }

    @Test
    void droppedLinkReconnectsResubscribesAndResyncs() throws Exception {
        connected(b -> b.mode(LeapBridgeSimulator.Mode.CASETA));
        // a drop in the middle of the first snapshot would cut it short, and the count below with it
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(e -> e instanceof ZoneStatus z && z.resync()) == 5);
        answer(connection.request(LeapRequests.goToLevel(2, 50)));
        simulator.dropConnections();
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> count(e -> e instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) == 2);
        assertThat(count(e -> e instanceof ConnectionEvent c && c.state() == ConnectionState.Disconnected)).isEqualTo(1);
        await().atMost(10, TimeUnit.SECONDS).until(() -> count(e -> e instanceof ZoneStatus z && z.resync()) == 10);
        assertThat(events).anyMatch(e -> e instanceof ZoneStatus z && z.resync() && z.zoneId() == 2 && z.level() == 50.0);
        simulator.pressButton(101);
        awaitEvent(ButtonEvent.class, b -> b.action() == ButtonAction.Press);
    }

    @Test
    void requestInFlightWhenTheLinkDropsFails() throws Exception {
        connected(b -> b);
        simulator.stall(true);
        CompletableFuture<LeapMessage> inFlight = connection.request(LeapRequests.read("/zone/1/status"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.received().stream()
                .anyMatch(line -> line.contains("/zone/1/status") && line.contains("ReadRequest")));
        simulator.dropConnections();
        assertThat(failure(inFlight)).isInstanceOf(LutronConnectionException.class)
                .hasMessageContaining("/zone/1/status");
        simulator.stall(false);
        awaitState(LinkState.CONNECTED);
    }

    @Test
    void pingDetectsAStalledBridge() throws Exception {
        simulator(b -> b);
        connect(pem(simulator, "test"), b -> b.keepAliveInterval(Duration.ofMillis(200))
                .responseTimeout(Duration.ofSeconds(2)));
        awaitState(LinkState.CONNECTED);
        simulator.stall(true);
        ConnectionEvent down = awaitEvent(ConnectionEvent.class, c -> c.state() == ConnectionState.Disconnected);
        assertThat(down.reason()).contains("/server/1/status/ping");
        simulator.stall(false);
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> count(e -> e instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) == 2);
    }

    @Test
    void garbageIsSkippedAndCountedWithoutReconnecting() throws Exception {
        connected(b -> b);
        simulator.sendGarbage("{not json\r\n".getBytes(StandardCharsets.UTF_8));
        simulator.sendGarbage(new byte[] { 0, 1, 2, (byte) 0xFF, '\r', '\n' });
        simulator.setLevelFromWall(1, 12);
        awaitEvent(ZoneStatus.class, z -> z.zoneId() == 1 && z.level() == 12.0);
        assertThat(connection.badFrameCount()).isEqualTo(2);
        assertThat(connection.reconnectCount()).isZero();
    }

    @Test
    void pagedAndMultiMegabyteAnswersArriveWhole() throws Exception {
        // 400 pages of 50 make a device list of megabytes; each page is a round trip, so pages of 2 (10,000 round
        // trips) would measure the machine's load more than the paging
        connected(b -> b.pageSize(50).bigDeviceList(20000));
        assertThat(connection.system().catalog().devices().size()).isGreaterThan(20000);
        assertThat(connection.system().catalog().zone(6)).isPresent();
    }

    @Test
    void requestGivenWhileConnectingWaitsAndOneGivenWhileDownFailsAtOnce() throws Exception {
        simulator(b -> b);
        connect(pem(simulator, "test"), UnaryOperator.identity());
        CompletableFuture<LeapMessage> early = connection.request(LeapRequests.read("/zone/1/status"));
        assertThat(answer(early).bodyType()).isEqualTo("OneZoneStatus");
        simulator.refuseConnections(true);
        simulator.dropConnections();
        awaitEvent(ConnectionEvent.class, c -> c.state() == ConnectionState.Disconnected);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                failure(connection.request(LeapRequests.read("/zone/1/status"))))
                .isInstanceOf(LutronConnectionException.class).hasMessageContaining("is down"));
    }
}
