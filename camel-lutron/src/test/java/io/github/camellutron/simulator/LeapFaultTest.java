package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;

/** The test API: malformed requests, injected lines, dropped and refused connections, stalls and garbage. */
class LeapFaultTest {

    @TempDir
    Path dir;

    private LeapBridgeSimulator simulator;

    @BeforeEach
    void start() {
        simulator = LeapBridgeSimulator.builder().build().start();
        simulator.writeClientFiles(dir, "client");
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private LeapTestClient connect() {
        return LeapTestClient.connect(simulator, dir, "client");
    }

    @Test
    void malformedLinesGetAnUntagged400AndTheConnectionStays() {
        try (LeapTestClient client = connect()) {
            client.send("this is not JSON");
            LeapMessage refused = client.next();
            assertThat(refused.type()).isEqualTo(CommuniqueType.ExceptionResponse);
            assertThat(refused.status().code()).isEqualTo(400);
            assertThat(refused.status().reason()).isEqualTo("BadRequest");
            assertThat(refused.clientTag()).isNull();
            assertThat(refused.bodyType()).isEqualTo("ExceptionDetail");
            assertThat(refused.body().path("Message").asText()).contains("Cannot read the request");

            client.send("[1,2,3]");
            assertThat(client.next().status().code()).isEqualTo(400);
            client.send("");
            assertThat(client.read("/server/1/status/ping", "alive").clientTag()).isEqualTo("alive");
            assertThat(simulator.received()).startsWith("this is not JSON", "[1,2,3]");
        }
    }

    @Test
    void injectedLinesReachEveryClientVerbatim() {
        try (LeapTestClient first = connect(); LeapTestClient second = connect()) {
            String line = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/custom\"}}";
            simulator.inject(line);
            assertThat(first.readLine()).isEqualTo(line);
            assertThat(second.readLine()).isEqualTo(line);
        }
    }

    @Test
    void droppedConnectionsCloseAndTakeTheirSubscriptionsWithThem() {
        try (LeapTestClient first = connect(); LeapTestClient second = connect()) {
            first.ask(CommuniqueType.SubscribeRequest, "/button/101/status/event", "sub", null);
            await().until(() -> simulator.connectionCount() == 2);
            simulator.dropConnections();
            first.awaitClosed();
            second.awaitClosed();
            await().until(() -> simulator.connectionCount() == 0);
        }
        try (LeapTestClient again = connect()) {
            simulator.pressButton(101);
            assertThat(again.read("/server/1/status/ping", "fresh").clientTag())
                    .as("no button events: the subscription ended with the old socket").isEqualTo("fresh");
        }
    }

    @Test
    void stalledBridgeReadsButNeverAnswersOrPushes() {
        try (LeapTestClient client = connect()) {
            simulator.stall(true);
            client.send(CommuniqueType.ReadRequest, "/server/1/status/ping", "lost", null);
            await().until(() -> simulator.received().stream().anyMatch(l -> l.contains("\"lost\"")));
            simulator.setLevelFromWall(1, 80);
            simulator.inject("{\"never\":true}");
            client.expectSilence(Duration.ofMillis(300));
            simulator.stall(false);
            assertThat(client.read("/zone/1/status", "back").clientTag()).as("nothing was queued")
                    .isEqualTo("back");
            assertThat(simulator.level(1)).isEqualTo(80.0);
        }
    }

    @Test
    void garbageReachesClientsAsIs() {
        try (LeapTestClient client = connect()) {
            simulator.sendGarbage("{\"CommuniqueType\":\"Read".getBytes(StandardCharsets.UTF_8));
            simulator.inject("tail");
            assertThat(client.readLine()).isEqualTo("{\"CommuniqueType\":\"Readtail");
            simulator.sendGarbage(new byte[] { 0x01, 0x02, '\r', '\n' });
            assertThat(client.readLine()).isEqualTo("\u0001\u0002");
        }
    }

    @Test
    void refusedConnectionsNeverCompleteTheHandshake() {
        int before = simulator.handshakeCount();
        simulator.refuseConnections(true);
        assertThatThrownBy(this::connect).isInstanceOf(UncheckedIOException.class);
        assertThat(simulator.handshakeCount()).isEqualTo(before);
        assertThat(simulator.connectionCount()).isZero();
        simulator.refuseConnections(false);
        try (LeapTestClient client = connect()) {
            assertThat(simulator.handshakeCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void receivedRecordsRequestsInOrder() {
        try (LeapTestClient client = connect()) {
            client.read("/project", "1");
            client.read("/area", "2");
            assertThat(simulator.received()).hasSize(2);
            assertThat(LeapMessage.parse(simulator.received().get(1)).url()).isEqualTo("/area");
            simulator.clearReceived();
            assertThat(simulator.received()).isEmpty();
        }
    }

    @Test
    void closeEndsClientsAndIsIdempotent() {
        try (LeapTestClient client = connect()) {
            simulator.close();
            client.awaitClosed();
        }
        simulator.close();
        assertThatThrownBy(() -> simulator.inject("{}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runsOnAGivenEventLoopGroupWithoutShuttingItDown() {
        EventLoopGroup group = new NioEventLoopGroup(2);
        try {
            try (LeapBridgeSimulator shared = LeapBridgeSimulator.builder().eventLoopGroup(group)
                    .mode(LeapBridgeSimulator.Mode.RA3).port(0).build().start()) {
                shared.writeClientFiles(dir, "shared");
                try (LeapTestClient client = LeapTestClient.connect(shared, dir, "shared")) {
                    assertThat(client.read("/project", "p").body().path("Project").path("ProductType").asText())
                            .isEqualTo("Lutron RadioRA 3 Project");
                }
                assertThat(shared.mode()).isEqualTo(LeapBridgeSimulator.Mode.RA3);
            }
            assertThat(group.isShuttingDown()).isFalse();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void testApiRejectsWhatTheSystemDoesNotHave() {
        assertThatThrownBy(() -> simulator.pressButton(999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no button 999");
        assertThatThrownBy(() -> simulator.buttonEvent(101, "Wiggle")).hasMessageContaining("Wiggle");
        assertThatThrownBy(() -> simulator.setLevelFromWall(999, 10)).hasMessageContaining("no zone 999");
        assertThatThrownBy(() -> simulator.setLevelFromWall(1, 101)).hasMessageContaining("outside 0-100");
        assertThatThrownBy(() -> simulator.setOccupancy(9, "Occupied")).hasMessageContaining("occupancy group 9");
        assertThatThrownBy(() -> simulator.setOccupancy(1, "Busy")).hasMessageContaining("Busy");
        assertThatThrownBy(() -> simulator.setLed(2144, "On")).as("Caseta has no LEDs")
                .hasMessageContaining("no LED 2144");
        assertThatThrownBy(() -> simulator.writeClientFiles(dir, "../escape")).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(simulator.level(999)).isNull();
        assertThat(simulator.host()).isEqualTo("127.0.0.1");
        assertThat(simulator.port()).isPositive();
        assertThatThrownBy(simulator::start).hasMessageContaining("already started");
    }
}
