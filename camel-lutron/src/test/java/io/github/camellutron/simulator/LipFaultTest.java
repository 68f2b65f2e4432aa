package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;

/** The test API: injected lines, dropped and refused connections, stalls, garbage and the record of commands. */
class LipFaultTest {

    private LipBridgeSimulator simulator;

    @BeforeEach
    void start() {
        simulator = LipBridgeSimulator.builder().build().start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void injectedLinesReachLoggedInClientsOnly() {
        try (LipTestClient loggedIn = LipTestClient.loginWithoutPrompt(simulator);
             LipTestClient connecting = LipTestClient.connect(simulator)) {
            connecting.readUntil("login: ");
            simulator.inject("~OUTPUT,10,1,12.00");
            loggedIn.expectLine("~OUTPUT,10,1,12.00");
            connecting.send("lutron");
            assertThat(connecting.readUntil("password: ")).isEqualTo("password: ");
        }
    }

    @Test
    void droppedConnectionsAreClosedAndClientsCanComeBack() {
        try (LipTestClient first = LipTestClient.loginWithoutPrompt(simulator);
             LipTestClient second = LipTestClient.connect(simulator)) {
            second.readUntil("login: ");
            assertThat(simulator.connectionCount()).isEqualTo(2);
            simulator.dropConnections();
            first.awaitClosed();
            second.awaitClosed();
            await().until(() -> simulator.connectionCount() == 0);
        }
        try (LipTestClient again = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(again.ask("?OUTPUT,19,1")).isEqualTo("~OUTPUT,19,1,25.00");
            assertThat(simulator.loginCount()).isEqualTo(2);
        }
    }

    @Test
    void stalledSimulatorReadsButNeverAnswers() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            simulator.stall(true);
            client.send("?SYSTEM,10");
            await().until(() -> simulator.received().contains("?SYSTEM,10"));
            simulator.inject("~OUTPUT,10,1,1.00");
            simulator.setLevelFromWall(19, 80);
            try (LipTestClient newcomer = LipTestClient.connect(simulator)) {
                await().until(() -> simulator.connectionCount() == 2);
                simulator.stall(false);
                newcomer.send("lutron");
                assertThat(newcomer.readUntil("password: ")).as("no greeting while stalled").isEqualTo("password: ");
            }
            assertThat(client.ask("?OUTPUT,19,1")).isEqualTo("~OUTPUT,19,1,80.00");
        }
    }

    @Test
    void garbageReachesClientsAsIs() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            byte[] junk = { 0x00, 0x01, (byte) 0xFE, (byte) 0x80, 0x7F };
            simulator.sendGarbage(junk);
            assertThat(client.readBytes(junk.length)).isEqualTo(junk);

            byte[] longLine = new byte[100_000];
            Arrays.fill(longLine, (byte) 'x');
            simulator.sendGarbage(longLine);
            simulator.inject("~OUTPUT,10,1,1.00");
            assertThat(client.readLine()).hasSize(100_000 + "~OUTPUT,10,1,1.00".length())
                    .endsWith("x~OUTPUT,10,1,1.00");
            assertThat(client.ask("?OUTPUT,19,1")).isEqualTo("~OUTPUT,19,1,25.00");
        }
    }

    @Test
    void garbageFromClientsIsRefusedOrDiscarded() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            client.sendRaw(new byte[] { 0x01, 0x02, (byte) 0x80, '\r', '\n' });
            client.expectLine("~ERROR,6");
            byte[] tooLong = new byte[TelnetLineDecoder.MAX_LINE_LENGTH * 5];
            Arrays.fill(tooLong, (byte) '9');
            tooLong[0] = '#';
            client.sendRaw(tooLong);
            client.sendRaw("\r\n?OUTPUT,19,1\r\n".getBytes(StandardCharsets.US_ASCII));
            client.expectLine("~OUTPUT,19,1,25.00");
        }
    }

    @Test
    void refusedConnectionsAreClosedAtOnce() {
        simulator.refuseConnections(true);
        try (LipTestClient refused = LipTestClient.connect(simulator)) {
            refused.awaitClosed();
        }
        simulator.refuseConnections(false);
        try (LipTestClient accepted = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(simulator.loginCount()).isEqualTo(1);
        }
    }

    @Test
    void receivedRecordsCommandsInOrder() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            client.ask("#OUTPUT,18,1,20");
            client.ask("?OUTPUT,18,1");
            assertThat(simulator.received()).containsExactly("#MONITORING,12,2", "#OUTPUT,18,1,20", "?OUTPUT,18,1");
            simulator.clearReceived();
            assertThat(simulator.received()).isEmpty();
        }
    }

    @Test
    void closeEndsClientsAndIsIdempotent() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            simulator.close();
            client.awaitClosed();
        }
        simulator.close();
        assertThatThrownBy(() -> simulator.inject("~OUTPUT,10,1,1.00")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runsOnAGivenEventLoopGroupWithoutShuttingItDown() {
        EventLoopGroup group = new NioEventLoopGroup(2);
        try {
            try (LipBridgeSimulator shared = LipBridgeSimulator.builder().eventLoopGroup(group).build().start();
                 LipTestClient client = LipTestClient.loginWithoutPrompt(shared)) {
                assertThat(client.ask("#OUTPUT,13,1,10")).isEqualTo("~OUTPUT,13,1,10.00");
            }
            assertThat(group.isShuttingDown()).isFalse();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void testApiRejectsWhatTheHouseDoesNotHave() {
        assertThatThrownBy(() -> simulator.pressButton(20, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no button 9");
        assertThatThrownBy(() -> simulator.setLevelFromWall(999, 10)).hasMessageContaining("no zone 999");
        assertThatThrownBy(() -> simulator.setLevelFromWall(10, 101)).hasMessageContaining("outside 0-100");
        assertThatThrownBy(() -> simulator.setOccupancy(99, true)).hasMessageContaining("no area 99");
        assertThatThrownBy(() -> simulator.ledState(20, 90)).hasMessageContaining("no LED 90");
    }

    @Test
    void portIsTheBoundOne() {
        assertThat(simulator.port()).isPositive();
        assertThat(simulator.host()).isEqualTo("127.0.0.1");
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already started");
    }
}
