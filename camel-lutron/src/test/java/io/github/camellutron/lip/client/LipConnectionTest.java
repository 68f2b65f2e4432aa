package io.github.camellutron.lip.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.ConnectionTests;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.client.LutronLoginException;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import io.netty.channel.nio.NioEventLoopGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camellutron.client.ConnectionTests.answer;
import static io.github.camellutron.client.ConnectionTests.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervised LIP session against the bridge simulator, over real sockets, without Camel. */
class LipConnectionTest {

    static final int PENDANTS = 10;
    static final int UNDER_CABINET = 11;

    private final NioEventLoopGroup group = new NioEventLoopGroup(1);
    private final List<LutronEvent> events = new CopyOnWriteArrayList<>();
    private LipBridgeSimulator simulator;
    private LipConnection connection;

    static LutronCatalog catalog() throws IOException {
        try (InputStream in = LipConnectionTest.class.getResourceAsStream("/catalog/DbXmlInfo.xml")) {
            return IntegrationReports.parse(in);
        }
    }

    private LipBridgeSimulator simulator(UnaryOperator<LipBridgeSimulator.Builder> custom) throws IOException {
        simulator = custom.apply(LipBridgeSimulator.builder().house(LipHouse.fromCatalog(catalog()))).build().start();
        return simulator;
    }

    private LipConnection connect(UnaryOperator<LipConnectionOptions.Builder> custom) throws IOException {
        LipConnectionOptions options = custom.apply(LipConnectionOptions.builder("127.0.0.1")
                .port(simulator.port())
                .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(400))
                .responseTimeout(Duration.ofSeconds(2)))
                .build();
        connection = new LipConnection(options, group, catalog());
        connection.addListener((event, source) -> events.add(event));
        connection.start();
        return connection;
    }

    private LipConnection connected() throws IOException {
        connect(UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        return connection;
    }

    private void awaitState(LinkState state) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> connection.state() == state);
    }

    private long connectionEvents(ConnectionState state) {
        return events.stream().filter(e -> e instanceof ConnectionEvent c && c.state() == state).count();
    }

    @AfterEach
    void tearDown() throws Exception {
        ConnectionTests.stop(connection, simulator, group);
    }

    @Test
    void logsInDisablesThePromptEnablesMonitoringAndReportsConnected() throws Exception {
        simulator(b -> b);
        connected();
        assertThat(simulator.loginCount()).isEqualTo(1);
        assertThat(simulator.received()).contains("#MONITORING,12,2", "#MONITORING,3,1", "#MONITORING,4,1",
                "#MONITORING,5,1", "#MONITORING,6,1");
        assertThat(events.get(0)).isInstanceOfSatisfying(ConnectionEvent.class,
                c -> assertThat(c.state()).isEqualTo(ConnectionState.Connected));
    }

    @Test
    void answersTheCasetaDoubleLoginAndTheQnetPrompt() throws Exception {
        simulator(b -> b.doubleLogin(true).prompt("QNET> "));
        connected();
        assertThat(simulator.loginCount()).isEqualTo(1);
        assertThat(answer(connection.send(LipCommands.queryLevel(PENDANTS))).toString())
                .isEqualTo("~OUTPUT,10,1,0.00");
    }

    @Test
    void wrongPasswordIsFinalAndNeverRetried() throws Exception {
        simulator(b -> b.credentials("lutron", "secret-one"));
        connect(b -> b.credentials("lutron", "not-the-password"));
        awaitState(LinkState.FAILED);
        assertThat(connection.lastFailure()).isInstanceOf(LutronLoginException.class)
                .hasMessageContaining("refused the login of user 'lutron'")
                .hasMessageNotContaining("not-the-password");
        await().during(Duration.ofMillis(600)).atMost(2, TimeUnit.SECONDS)
                .until(() -> connection.state() == LinkState.FAILED && connection.reconnectCount() == 0);
        assertThat(connectionEvents(ConnectionState.Disconnected)).isEqualTo(1);
        assertThat(failure(connection.send(LipCommands.queryLevel(PENDANTS))))
                .isInstanceOf(LutronLoginException.class);
    }

    @Test
    void safeModeIsAFailedConnectThatIsRetried() throws Exception {
        simulator(b -> b.prompt("SAFE> "));
        connect(UnaryOperator.identity());
        await().atMost(10, TimeUnit.SECONDS).until(() -> connection.reconnectCount() >= 2);
        assertThat(connection.state()).isNotEqualTo(LinkState.CONNECTED);
        assertThat(connection.lastFailure()).hasMessageContaining("safe mode");
        simulator.setPrompt("GNET> ");
        awaitState(LinkState.CONNECTED);
    }

    @Test
    void queryCompletesWithTheMatchingReport() throws Exception {
        simulator(b -> b);
        connected();
        simulator.setLevelFromWall(UNDER_CABINET, 42.5);
        assertThat(answer(connection.send(LipCommands.queryLevel(UNDER_CABINET))).toString())
                .isEqualTo("~OUTPUT,11,1,42.50");
    }

    @Test
    void executeCompletesWithItsEchoWhichConsumersAlsoSee() throws Exception {
        simulator(b -> b);
        connected();
        LipMessage echo = answer(connection.send(LipCommands.setLevel(PENDANTS, 75, null, null)));
        assertThat(echo.toString()).isEqualTo("~OUTPUT,10,1,75.00");
        assertThat(simulator.level(PENDANTS)).isEqualTo(75.0);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ZoneStatus z && z.zoneId() == PENDANTS && z.level() == 75.0 && !z.resync()
                     && "Island Pendants".equals(z.name()) && "Kitchen".equals(z.area())));
    }

    @Test
    void executeWithoutAnEchoCompletesAtTheBarrier() throws Exception {
        simulator(b -> b);
        connected();
        assertThat(answer(connection.send(LipCommands.startRaising(PENDANTS)))).isNull();
        assertThat(answer(connection.send(LipCommands.stop(PENDANTS))).toString()).startsWith("~OUTPUT,10,1,");
    }

    @Test
    void errorAnswerFailsTheCommandWithItsMeaningAndTheSessionGoesOn() throws Exception {
        simulator(b -> b);
        connected();
        assertThat(failure(connection.send(LipCommands.setLevel(9999, 50, null, null))))
                .isInstanceOfSatisfying(LipCommandException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("#OUTPUT,9999,1,50.00", "~ERROR,2", "does not exist");
                });
        assertThat(failure(connection.send(LipMessage.execute("OUTPUT", 10, 1, 150))))
                .isInstanceOfSatisfying(LipCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(4));
        assertThat(answer(connection.send(LipCommands.queryLevel(PENDANTS)))).isNotNull();
        assertThat(connection.reconnectCount()).isZero();
    }

    @Test
    void buttonPressesBecomeNamedButtonEvents() throws Exception {
        simulator(b -> b);
        connected();
        simulator.pressButton(20, 2);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ButtonEvent b && b.deviceId() == 20 && b.buttonId() == 2
                     && b.action() == ButtonAction.Release && "Dining".equals(b.name())));
    }

    /** Whether the bridge reports the command once or twice (real bridges: twice), a press sent is one event. */
    @ParameterizedTest(name = "echoDeviceTwice={0}")
    @ValueSource(booleans = { true, false })
    void aPressSentIsOneButtonEvent(boolean echoDeviceTwice) throws Exception {
        simulator(b -> b.echoDeviceTwice(echoDeviceTwice));
        connected();
        assertThat(answer(connection.send(LipCommands.press(20, 2))).toString()).isEqualTo("~DEVICE,20,2,3");
        assertThat(answer(connection.send(LipCommands.release(20, 2))).toString()).isEqualTo("~DEVICE,20,2,4");
        // the answer comes after the bridge's reports of the command, which were handed on before it
        assertThat(events).filteredOn(ButtonEvent.class::isInstance).map(e -> ((ButtonEvent) e).action())
                .containsExactly(ButtonAction.Press, ButtonAction.Release);
    }

    @Test
    void droppedLinkReconnectsReloginsAndResyncsEveryZone() throws Exception {
        simulator(b -> b);
        connected();
        answer(connection.send(LipCommands.setLevel(PENDANTS, 30, null, null)));
        simulator.dropConnections();
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionEvents(ConnectionState.Connected) == 2);
        assertThat(connectionEvents(ConnectionState.Disconnected)).isEqualTo(1);
        assertThat(simulator.loginCount()).isEqualTo(2);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ZoneStatus z && z.resync() && z.zoneId() == PENDANTS && z.level() == 30.0));
        // every zone of the catalog is resynced, on the first connect too
        for (int zone : List.of(10, 11, 12, 13, 14, 15)) {
            await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream()
                    .filter(e -> e instanceof ZoneStatus z && z.resync() && z.zoneId() == zone).count() == 2);
        }
    }

    @Test
    void commandInFlightWhenTheLinkDropsFailsAndIsNotLost() throws Exception {
        simulator(b -> b);
        connected();
        simulator.stall(true);
        CompletableFuture<LipMessage> inFlight = connection.send(LipCommands.queryLevel(PENDANTS));
        await().atMost(5, TimeUnit.SECONDS).until(() -> simulator.received().contains("?OUTPUT,10,1"));
        simulator.dropConnections();
        assertThat(failure(inFlight)).isInstanceOf(LutronConnectionException.class)
                .hasMessageContaining("?OUTPUT,10,1");
        simulator.stall(false);
        awaitState(LinkState.CONNECTED);
    }

    @Test
    void keepAliveDetectsAStalledBridgeAndReconnects() throws Exception {
        simulator(b -> b);
        connect(b -> b.keepAliveInterval(Duration.ofMillis(200)).responseTimeout(Duration.ofSeconds(2)));
        awaitState(LinkState.CONNECTED);
        simulator.stall(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ConnectionEvent c && c.state() == ConnectionState.Disconnected
                     && c.reason().contains("?SYSTEM,10")));
        simulator.stall(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionEvents(ConnectionState.Connected) == 2);
    }

    @Test
    void garbageFromTheBridgeIsSkippedAndCountedWithoutReconnecting() throws Exception {
        simulator(b -> b);
        connect(b -> b.maxLineLength(256));
        awaitState(LinkState.CONNECTED);
        simulator.sendGarbage(new byte[] { 0, 1, 2, (byte) 0x80, (byte) 0xC3, '\r', '\n' });
        simulator.sendGarbage(("~OUTPUT," + "9".repeat(1000) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        simulator.sendGarbage("hello there\r\n".getBytes(StandardCharsets.US_ASCII));
        simulator.setLevelFromWall(UNDER_CABINET, 12);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ZoneStatus z && z.zoneId() == UNDER_CABINET && z.level() == 12.0));
        assertThat(connection.badFrameCount()).isEqualTo(3);
        assertThat(connection.reconnectCount()).isZero();
        assertThat(connection.state()).isEqualTo(LinkState.CONNECTED);
    }

    @Test
    void linesWithBytesThatAreNotTextAreBadFramesNotRawEvents() throws Exception {
        simulator(b -> b);
        connect(UnaryOperator.identity());
        awaitState(LinkState.CONNECTED);
        simulator.sendGarbage("~SYSTEM,1,\u00e9t\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1));
        simulator.sendGarbage(new byte[] { '~', 'O', 'U', 'T', 'P', 'U', 'T', ',', '1', '1', ',', '1', ',', (byte) 0xC3, (byte) 0xA9,
                                           '\r', '\n' });
        simulator.setLevelFromWall(UNDER_CABINET, 13);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(
                e -> e instanceof ZoneStatus z && z.zoneId() == UNDER_CABINET && z.level() == 13.0));
        assertThat(events).noneMatch(e -> e instanceof io.github.camellutron.event.RawEvent);
        assertThat(connection.badFrameCount()).isEqualTo(2);
        assertThat(connection.badFrameCounts()).containsEntry(io.github.camellutron.client.BadFrame.NOT_TEXT, 2L);
        assertThat(connection.state()).isEqualTo(LinkState.CONNECTED);
    }

    @Test
    void commandWhileTheLinkIsDownFailsAtOnce() throws Exception {
        simulator(b -> b.refuseConnections(true));
        connect(UnaryOperator.identity());
        awaitState(LinkState.DISCONNECTED);
        assertThat(failure(connection.send(LipCommands.queryLevel(PENDANTS))))
                .isInstanceOf(LutronConnectionException.class)
                .hasMessageContaining("is down").hasMessageContaining("cannot send ?OUTPUT,10,1");
    }

    @Test
    void commandGivenWhileConnectingWaitsForTheConnection() throws Exception {
        simulator(b -> b.doubleLogin(true));
        connect(UnaryOperator.identity());
        CompletableFuture<LipMessage> early = connection.send(LipCommands.queryLevel(PENDANTS));
        assertThat(answer(early).toString()).isEqualTo("~OUTPUT,10,1,0.00");
    }

    @Test
    void pacedCommandsAllRunInOrder() throws Exception {
        simulator(b -> b);
        connect(b -> b.commandDelay(Duration.ofMillis(20)));
        awaitState(LinkState.CONNECTED);
        simulator.clearReceived();
        CompletableFuture<LipMessage> a = connection.send(LipCommands.setLevel(10, 1, null, null));
        CompletableFuture<LipMessage> b = connection.send(LipCommands.setLevel(11, 2, null, null));
        CompletableFuture<LipMessage> c = connection.send(LipCommands.queryLevel(10));
        assertThat(answer(c).toString()).isEqualTo("~OUTPUT,10,1,1.00");
        assertThat(answer(a).toString()).isEqualTo("~OUTPUT,10,1,1.00");
        assertThat(answer(b).toString()).isEqualTo("~OUTPUT,11,1,2.00");
        assertThat(simulator.received()).containsSubsequence("#OUTPUT,10,1,1.00", "#OUTPUT,11,1,2.00", "?OUTPUT,10,1");
    }

    @Test
    void listenerAddedToASessionAlreadyUpGetsConnectedAndEveryKnownLevel() throws Exception {
        simulator(b -> b);
        connected();
        answer(connection.send(LipCommands.setLevel(PENDANTS, 64, null, null)));
        List<LutronEvent> late = new CopyOnWriteArrayList<>();
        connection.addListener((event, source) -> late.add(event));
        await().atMost(5, TimeUnit.SECONDS).until(() -> late.size() == 7);
        assertThat(late.get(0)).isInstanceOfSatisfying(ConnectionEvent.class,
                c -> assertThat(c.state()).isEqualTo(ConnectionState.Connected));
        assertThat(late.subList(1, 7)).allMatch(e -> e instanceof ZoneStatus z && z.resync())
                .anyMatch(e -> e instanceof ZoneStatus z && z.zoneId() == PENDANTS && z.level() == 64.0);
    }

    @Test
    void listenerAddedWhileTheLinkIsDownGetsTheReason() throws Exception {
        simulator(b -> b.credentials("lutron", "other"));
        connect(UnaryOperator.identity());
        awaitState(LinkState.FAILED);
        List<LutronEvent> late = new CopyOnWriteArrayList<>();
        connection.addListener((event, source) -> late.add(event));
        await().atMost(5, TimeUnit.SECONDS).until(() -> late.size() == 1);
        assertThat(late.get(0)).isInstanceOfSatisfying(ConnectionEvent.class, c -> {
            assertThat(c.state()).isEqualTo(ConnectionState.Disconnected);
            assertThat(c.reason()).contains("wrong user name or password");
        });
    }
}
