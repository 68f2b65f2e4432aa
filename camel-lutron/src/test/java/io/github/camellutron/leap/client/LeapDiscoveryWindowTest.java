package io.github.camellutron.leap.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.ConnectionTests;
import io.github.camellutron.client.LinkState;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Discovery of a big RadioRA 3 house through a bounded window, against the simulator's large house over real TLS:
 * the processor never has more discovery requests waiting than {@code discoveryConcurrency}, the catalog is whole,
 * paged answers still arrive whole, and a reconnect in the middle of discovery starts over cleanly: nothing of the
 * old session is sent on the new connection and no place in the window is lost.
 */
class LeapDiscoveryWindowTest {

    /** 11 rooms, 60 zones, 24 keypads and Picos: about 270 discovery requests. */
    private static final int AREAS = 12;
    private static final int ZONES = 60;
    private static final int KEYPADS = 24;

    @TempDir
    Path dir;

    private final NioEventLoopGroup group = new NioEventLoopGroup(1);
    private LeapBridgeSimulator simulator;
    private LeapConnection connection;
    private volatile int peakAtConnected = -1;

    private LeapConnection connect(UnaryOperator<LeapBridgeSimulator.Builder> house,
                                   UnaryOperator<LeapConnectionOptions.Builder> options) throws IOException {
        simulator = house.apply(LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3)
                .largeHouse(AREAS, ZONES, KEYPADS)).build().start();
        connection = new LeapConnection(options.apply(LeapConnectionOptions.builder("127.0.0.1", tls())
                .port(simulator.port())
                .reconnectDelay(Duration.ofMillis(200), Duration.ofMillis(400))
                .responseTimeout(Duration.ofSeconds(10))).build(), group);
        connection.addListener((event, source) -> {
            // before the resync reads that follow it: what the bridge saw of discovery alone
            if (event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) {
                peakAtConnected = simulator.peakRequestsInFlight();
            }
        });
        connection.start();
        return connection;
    }

    private SslContext tls() throws IOException {
        simulator.writeClientFiles(dir, "window");
        try (InputStream cert = Files.newInputStream(dir.resolve("window.crt"));
             InputStream key = Files.newInputStream(dir.resolve("window.key"));
             InputStream ca = Files.newInputStream(dir.resolve("window-bridge.crt"))) {
            return LeapTls.fromPem(cert, key, ca);
        }
    }

    private void awaitConnected() {
        await().atMost(30, TimeUnit.SECONDS).until(() -> connection.state() == LinkState.CONNECTED);
    }

    @AfterEach
    void tearDown() throws Exception {
        ConnectionTests.stop(connection, simulator, group);
    }

    @ParameterizedTest(name = "discoveryConcurrency={0}")
    @ValueSource(ints = { 1, 4 })
    void theProcessorNeverHasMoreDiscoveryRequestsWaitingThanTheWindow(int concurrency) throws Exception {
        connect(b -> b.answerDelay(Duration.ofMillis(3)), o -> o.discoveryConcurrency(concurrency));
        awaitConnected();
        assertThat(peakAtConnected).as("requests waiting at the processor at once").isEqualTo(concurrency);
        assertWhole(connection.system().catalog());
        // about 270 requests of discovery, each answered 3 ms late: enough for the window to fill every time
        assertThat(simulator.requestCount()).isGreaterThan(250);
    }

    @Test
    void pagedAnswersArriveWholeThroughTheWindow() throws Exception {
        connect(b -> b.pageSize(4).answerDelay(Duration.ofMillis(1)), o -> o.discoveryConcurrency(2));
        awaitConnected();
        assertThat(peakAtConnected).isLessThanOrEqualTo(2);
        assertWhole(connection.system().catalog());
        assertThat(simulator.received()).anyMatch(l -> l.contains("\"Paging\""));
    }

    @Test
    void aReconnectInTheMiddleOfDiscoveryEndsConnectedWithTheWholeCatalogAndNothingOfTheOldSession()
            throws Exception {
        connect(b -> b.answerDelay(Duration.ofMillis(5)), o -> o.discoveryConcurrency(2));
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(5))
                .until(() -> simulator.received().stream().anyMatch(l -> l.contains("/buttongroup/expanded")));
        // no more answers: the discovery under way cannot end before the link drops
        simulator.stall(true);
        assertThat(connection.state()).isEqualTo(LinkState.CONNECTING);
        simulator.stall(false);
        simulator.dropConnections();
        simulator.clearReceived();
        simulator.resetRequestCounts();

        awaitConnected();
        assertThat(simulator.handshakeCount()).isEqualTo(2);
        assertThat(peakAtConnected).isLessThanOrEqualTo(2);
        assertWhole(connection.system().catalog());
        // each discovery request once: what the old session still had queued was never sent on the new connection
        Map<String, Integer> sent = new HashMap<>();
        for (String line : simulator.received()) {
            LeapMessage request = LeapMessage.parse(line);
            boolean resync = request.type() == CommuniqueType.ReadRequest && request.url().matches("/zone/\\d+/status");
            if (!resync) {
                sent.merge(request.communiqueType() + " " + request.url(), 1, Integer::sum);
            }
        }
        assertThat(sent).containsEntry("ReadRequest /project", 1).containsEntry("ReadRequest /area", 1)
                .containsEntry("SubscribeRequest /zone/status", 1);
        assertThat(sent.values()).allMatch(n -> n == 1);
        LutronCatalog catalog = connection.system().catalog();
        assertThat(sent.keySet().stream().filter(k -> k.endsWith("/buttongroup/expanded")))
                .hasSize(catalog.devices().size());
        assertThat(sent.keySet().stream().filter(k -> k.endsWith("/status/event")))
                .hasSize(catalog.buttons().size());
    }

    @Test
    void commandsOfUsersAreNotHeldBackByTheWindow() throws Exception {
        connect(b -> b, o -> o.discoveryConcurrency(1));
        awaitConnected();
        simulator.delayAnswers(Duration.ofMillis(50));
        simulator.resetRequestCounts();
        int zone = simulator.zoneIds().get(0);
        CompletableFuture<?>[] commands = new CompletableFuture<?>[20];
        for (int i = 0; i < commands.length; i++) {
            commands[i] = connection.request(LeapRequests.goToLevel(zone, i + 1));
        }
        CompletableFuture.allOf(commands).get(10, TimeUnit.SECONDS);
        assertThat(simulator.peakRequestsInFlight()).isGreaterThanOrEqualTo(commands.length);
        assertThat(simulator.level(zone)).isEqualTo(20.0);
    }

    /** Every area, zone and keypad button of the simulated house, named as the house names them. */
    private void assertWhole(LutronCatalog catalog) {
        assertThat(catalog.areas()).hasSize(AREAS);
        assertThat(catalog.zones()).hasSize(ZONES).allSatisfy(z -> {
            assertThat(z.name()).isEqualTo(simulator.zoneName(z.id()));
            assertThat(z.area()).startsWith("Room ");
        });
        List<Integer> buttons = catalog.buttons().stream().map(Button::id).toList();
        assertThat(buttons).containsExactlyInAnyOrderElementsOf(simulator.buttonIds());
        assertThat(catalog.devices().stream().filter(d -> !d.buttons().isEmpty())).hasSize(KEYPADS);
    }
}
