package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login, prompts, telnet handling, line endings and monitoring flags of simulator sessions. */
class LipSessionTest {

    private static final byte IAC = (byte) 0xFF;

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
    void greetsWithTelnetNegotiationThenLoginPrompt() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            assertThat(client.readBytes(3)).containsExactly(0xFF, 0xFD, 0x03);
            assertThat(client.readUntil("login: ")).isEqualTo("login: ");
        }
    }

    @Test
    void greetsWithoutNegotiationWhenDisabled() {
        try (LipBridgeSimulator plain = LipBridgeSimulator.builder().telnetNegotiation(false).build().start();
             LipTestClient client = LipTestClient.connect(plain)) {
            assertThat(client.readUntil("login: ")).isEqualTo("login: ");
        }
    }

    @Test
    void logsInAndShowsPromptWithoutLineEnd() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            client.send("lutron");
            assertThat(client.readUntil("password: ")).isEqualTo("password: ");
            client.send("integration");
            assertThat(client.readUntil("GNET> ")).isEqualTo("\r\nGNET> ");
            assertThat(simulator.loginCount()).isEqualTo(1);
            assertThat(simulator.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void wrongPasswordIsAnsweredWithLoginAgain() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            client.send("lutron");
            client.readUntil("password: ");
            client.send("wrong");
            assertThat(client.readUntil("login: ")).isEqualTo("login: ");
            assertThat(simulator.loginCount()).isZero();

            client.send("lutron");
            client.readUntil("password: ");
            client.send("integration");
            assertThat(client.readUntil("GNET> ")).isEqualTo("\r\nGNET> ");
            assertThat(simulator.loginCount()).isEqualTo(1);
        }
    }

    @Test
    void recordsWhenEachSuccessfulLoginHappened() {
        Instant before = Instant.now();
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            client.send("lutron");
            client.readUntil("password: ");
            client.send("wrong");
            client.readUntil("login: ");
            assertThat(simulator.loginTimes()).isEmpty();
            client.send("lutron");
            client.readUntil("password: ");
            client.send("integration");
            client.readUntil("GNET> ");
        }
        Instant between = Instant.now();
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.login("lutron", "integration", "GNET> ");
        }
        Instant after = Instant.now();
        assertThat(simulator.loginTimes()).hasSize(2);
        assertThat(simulator.loginTimes().get(0)).isBetween(before, between);
        assertThat(simulator.loginTimes().get(1)).isBetween(between, after);
    }

    @Test
    void wrongUserIsAskedForPasswordAndRefusedAfter() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            client.send("admin");
            assertThat(client.readUntil("password: ")).isEqualTo("password: ");
            client.send("integration");
            assertThat(client.readUntil("login: ")).isEqualTo("login: ");
        }
    }

    @Test
    void customCredentials() {
        try (LipBridgeSimulator custom = LipBridgeSimulator.builder().credentials("installer", "s3cret").build()
                .start();
             LipTestClient client = LipTestClient.connect(custom)) {
            client.login("installer", "s3cret", "GNET> ");
            assertThat(custom.loginCount()).isEqualTo(1);
        }
    }

    @Test
    void doubleLoginAsksOnceMorePerConnection() {
        try (LipBridgeSimulator caseta = LipBridgeSimulator.builder().doubleLogin(true).build().start()) {
            for (int connection = 1; connection <= 2; connection++) {
                try (LipTestClient client = LipTestClient.connect(caseta)) {
                    client.readUntil("login: ");
                    client.send("lutron");
                    client.readUntil("password: ");
                    client.send("integration");
                    assertThat(client.readUntil("login: ")).isEqualTo("login: ");
                    client.send("lutron");
                    client.readUntil("password: ");
                    client.send("integration");
                    assertThat(client.readUntil("GNET> ")).isEqualTo("\r\nGNET> ");
                }
            }
            assertThat(caseta.loginCount()).isEqualTo(2);
        }
    }

    @Test
    void homeworksPrompt() {
        try (LipBridgeSimulator qs = LipBridgeSimulator.builder().prompt(LipBridgeSimulator.QNET_PROMPT).build()
                .start();
             LipTestClient client = LipTestClient.connect(qs)) {
            client.readUntil("login: ");
            client.send("lutron");
            client.readUntil("password: ");
            client.send("integration");
            assertThat(client.readUntil("> ")).isEqualTo("\r\nQNET> ");
        }
    }

    @Test
    void safeModeTakesTheLoginButAnswersOnlyThePrompt() {
        try (LipBridgeSimulator safe = LipBridgeSimulator.builder().prompt(LipBridgeSimulator.SAFE_PROMPT).build()
                .start();
             LipTestClient client = LipTestClient.connect(safe)) {
            client.login("lutron", "integration", "\r\nSAFE> ");
            client.send("?SYSTEM,10");
            assertThat(client.readUntil("> ")).isEqualTo("SAFE> ");
            safe.setOccupancy(2, true);
            client.send("#OUTPUT,10,1,50");
            assertThat(client.readUntil("> ")).isEqualTo("SAFE> ");
            assertThat(safe.level(10)).isZero();
            assertThat(safe.received()).containsExactly("?SYSTEM,10", "#OUTPUT,10,1,50");
        }
    }

    @Test
    void promptChangeAppliesToLaterLogins() {
        try (LipTestClient before = LipTestClient.loginWithoutPrompt(simulator)) {
            simulator.setPrompt(LipBridgeSimulator.SAFE_PROMPT);
            try (LipTestClient after = LipTestClient.connect(simulator)) {
                after.login("lutron", "integration", "\r\nSAFE> ");
            }
            assertThat(before.ask("?OUTPUT,19,1")).isEqualTo("~OUTPUT,19,1,25.00");
        }
    }

    @Test
    void telnetCommandsFromTheClientAreIgnored() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(new byte[] { IAC, (byte) 0xFB, 0x03 }); // WILL SUPPRESS-GO-AHEAD
            bytes.writeBytes("lut".getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(new byte[] { IAC, (byte) 0xFA, 0x18, 0x00, 'V', 'T', IAC, (byte) 0xF0 }); // SB TTYPE SE
            bytes.writeBytes("ron".getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(new byte[] { IAC, (byte) 0xF1, IAC, (byte) 0xFD, 0x01, '\r', '\n' }); // NOP, DO ECHO
            client.sendRaw(bytes.toByteArray());
            assertThat(client.readUntil("password: ")).isEqualTo("password: ");
            client.send("integration");
            assertThat(client.readUntil("GNET> ")).isEqualTo("\r\nGNET> ");
        }
    }

    @Test
    void acceptsLfCrAndCrNulLineEndings() {
        try (LipTestClient client = LipTestClient.connect(simulator)) {
            client.readUntil("login: ");
            client.sendRaw("lutron\n".getBytes(StandardCharsets.US_ASCII));
            client.readUntil("password: ");
            client.sendRaw("integration\r".getBytes(StandardCharsets.US_ASCII));
            client.readUntil("GNET> ");
            client.sendRaw("#MONITORING,12,2\n".getBytes(StandardCharsets.US_ASCII));
            client.expectLine("~MONITORING,12,2");
            client.sendRaw("?OUTPUT,19,1\r".getBytes(StandardCharsets.US_ASCII));
            client.expectLine("~OUTPUT,19,1,25.00");
            client.sendRaw("?OUTPUT,19,1\r\0?OUTPUT,15,1\r\n".getBytes(StandardCharsets.US_ASCII));
            client.expectLine("~OUTPUT,19,1,25.00");
            client.expectLine("~OUTPUT,15,1,100.00");
            assertThat(simulator.received()).containsExactly("#MONITORING,12,2", "?OUTPUT,19,1", "?OUTPUT,19,1",
                    "?OUTPUT,15,1");
        }
    }

    @ParameterizedTest(name = "monitoring type {0} starts as {1}")
    @CsvSource({ "1,2", "2,2", "3,1", "4,1", "5,1", "6,1", "7,2", "8,1", "9,2", "10,2", "11,1", "13,2", "17,1",
            "18,1", "23,1", "255,2" })
    void userLoginStartsWithTheGuidesMonitoringDefaults(int type, int state) {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("?MONITORING," + type)).isEqualTo("~MONITORING," + type + "," + state);
        }
    }

    @Test
    void disablingZoneMonitoringStopsLevelReports() {
        try (LipTestClient quiet = LipTestClient.loginWithoutPrompt(simulator);
             LipTestClient other = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(quiet.ask("#MONITORING,5,2")).isEqualTo("~MONITORING,5,2");
            assertThat(other.ask("#OUTPUT,18,1,60")).isEqualTo("~OUTPUT,18,1,60.00");
            simulator.setLevelFromWall(13, 30);
            assertThat(quiet.linesBefore()).isEmpty();
            assertThat(quiet.ask("?OUTPUT,18,1")).isEqualTo("~OUTPUT,18,1,60.00");
        }
    }

    @Test
    void monitoringAllSwitchesEverythingButReplyAndPrompt() {
        try (LipTestClient client = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("#MONITORING,255,2")).isEqualTo("~MONITORING,255,2");
            assertThat(client.ask("?MONITORING,3")).isEqualTo("~MONITORING,3,2");
            assertThat(client.ask("?MONITORING,11")).isEqualTo("~MONITORING,11,1");
            simulator.pressButton(1, 1);
            simulator.setOccupancy(2, true);
            assertThat(client.linesBefore()).isEmpty();

            assertThat(client.ask("#MONITORING,255,1")).isEqualTo("~MONITORING,255,1");
            assertThat(client.ask("?MONITORING,255")).isEqualTo("~MONITORING,255,1");
            assertThat(client.ask("?MONITORING,12")).isEqualTo("~MONITORING,12,2");
        }
    }

    @Test
    void promptAfterEachAnswerIsGluedToTheNextLine() {
        try (LipTestClient client = LipTestClient.login(simulator)) {
            client.send("#OUTPUT,18,1,75");
            client.expectLine("~OUTPUT,18,1,75.00");
            simulator.inject("~OUTPUT,11,1,5.00");
            client.expectLine("GNET> ~OUTPUT,11,1,5.00");
            client.send("");
            assertThat(client.readUntil("> ")).isEqualTo("GNET> ");
            client.send("#MONITORING,12,2");
            client.expectLine("~MONITORING,12,2");
            assertThat(client.ask("?OUTPUT,18,1")).isEqualTo("~OUTPUT,18,1,75.00");
        }
    }

    @Test
    void replyStateOffSilencesTheSession() {
        try (LipTestClient muted = LipTestClient.loginWithoutPrompt(simulator);
             LipTestClient other = LipTestClient.loginWithoutPrompt(simulator)) {
            muted.send("#MONITORING,11,2");
            muted.send("?OUTPUT,18,1");
            await().until(() -> simulator.received().contains("?OUTPUT,18,1"));
            assertThat(other.ask("#OUTPUT,18,1,40")).isEqualTo("~OUTPUT,18,1,40.00");
            simulator.inject("~OUTPUT,99,1,1.00");
            assertThat(muted.ask("#MONITORING,11,1")).isEqualTo("~MONITORING,11,1");
        }
    }
}
