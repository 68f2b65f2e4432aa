package io.github.camellutron.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.camellutron.simulator.Recording.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recording file, its secrets left out, and how the simulators read it back for a replay. */
class RecordingTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackWithItsTimesAndSides() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (Recording.Writer writer = new Recording.Writer(file, "lip", "10.0.0.5:23")) {
            writer.sent("?OUTPUT,10,1");
            writer.received("~OUTPUT,10,1,40.00");
            assertThat(writer.entries()).isEqualTo(2);
        }
        Recording recording = Recording.read(file);
        assertThat(recording.protocol()).isEqualTo("lip");
        assertThat(recording.bridge()).isEqualTo("10.0.0.5:23");
        assertThat(recording.started()).isNotNull();
        assertThat(recording.entries()).extracting(Recording.Entry::from).containsExactly(Source.CLIENT, Source.BRIDGE);
        assertThat(recording.entries()).extracting(Recording.Entry::text)
                .containsExactly("?OUTPUT,10,1", "~OUTPUT,10,1,40.00");
        assertThat(recording.entries().get(1).offsetMillis()).isGreaterThanOrEqualTo(
                recording.entries().get(0).offsetMillis());
    }

    @Test
    void leapSecretsAreNeverWritten() throws IOException {
        Path file = dir.resolve("leap.jsonl");
        try (Recording.Writer writer = new Recording.Writer(file, "leap", "10.0.0.6:8081")) {
            writer.received("{\"CommuniqueType\":\"ReadResponse\",\"Body\":{\"LinkNode\":{\"ClearConnectTypeXLinkProperties\""
                            + ":{\"PANID\":1,\"NetworkMasterKey\":\"00112233445566778899AABBCCDDEEFF\"}},"
                            + "\"Keypad\":\"kept\"}}");
        }
        String text = Files.readString(file);
        assertThat(text).doesNotContain("00112233445566778899AABBCCDDEEFF").contains(Recording.REDACTED)
                .contains("PANID").contains("kept");
    }

    @Test
    void aFileThatIsNotARecordingIsRefusedSayingWhy() {
        assertThatThrownBy(() -> read("{\"recording\":\"zwave\"}\n")).hasMessageContaining("only lip and leap");
        assertThatThrownBy(() -> read("hello\n")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> read("{\"recording\":\"lip\"}\n{\"t\":1}\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("Not a camel-lutron recording");
    }

    @Test
    void aLipCommandIsAnsweredByItsFirstReportAndLaterReportsAreEvents() throws IOException {
        LipReplay replay = LipReplay.of(read("{\"recording\":\"lip\"}\n"
                                             + line(0, "client", "?OUTPUT,13,1")
                                             + line(5, "bridge", "~OUTPUT,13,1,10.00")
                                             + line(900, "bridge", "~OUTPUT,13,1,70.00")
                                             + line(950, "bridge", "~DEVICE,21,2,3")
                                             + line(1000, "client", "#MONITORING,5,1")
                                             + line(1001, "bridge", "~MONITORING,5,1")));
        assertThat(replay.answer("?output,13,1")).contains(List.of("~OUTPUT,13,1,10.00"));
        assertThat(replay.answer("#MONITORING,5,1")).contains(List.of("~MONITORING,5,1"));
        assertThat(replay.answer("?OUTPUT,14,1")).isEmpty();
        assertThat(replay.events()).extracting(Recording.Entry::text).containsExactly("~OUTPUT,13,1,70.00",
                "~DEVICE,21,2,3");
    }

    @Test
    void commandsSentAheadOfTheAnswersAreAnsweredInOrder() throws IOException {
        // what LipConnection does: a command and the barrier after it go out before the bridge answers either
        LipReplay replay = LipReplay.of(read("{\"recording\":\"lip\"}\n"
                                             + line(0, "client", "#OUTPUT,10,1,50")
                                             + line(0, "client", "?SYSTEM,10")
                                             + line(0, "client", "#OUTPUT,99,1,10")
                                             + line(0, "client", "?SYSTEM,10")
                                             + line(3, "bridge", "~OUTPUT,10,1,50.00")
                                             + line(3, "bridge", "~SYSTEM,10,01/01/2026,00:00:00")
                                             + line(4, "bridge", "~ERROR,2")
                                             + line(4, "bridge", "~SYSTEM,10,01/01/2026,00:00:00")));
        assertThat(replay.answer("#OUTPUT,10,1,50")).contains(List.of("~OUTPUT,10,1,50.00"));
        assertThat(replay.answer("?SYSTEM,10")).contains(List.of("~SYSTEM,10,01/01/2026,00:00:00"));
        assertThat(replay.answer("#OUTPUT,99,1,10")).contains(List.of("~ERROR,2"));
        assertThat(replay.events()).isEmpty();
    }

    @Test
    void eachPageOfAPagedLeapReadIsAnsweredWithItsOwnPage() throws IOException {
        String page1 = "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/device\",\"ClientTag\":\"t1\"}}";
        String page2 = "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/device\",\"ClientTag\":\"t2\","
                       + "\"Paging\":{\"Cursor\":\"2\"}}}";
        LeapReplay replay = LeapReplay.of(read("{\"recording\":\"leap\"}\n"
                + line(0, "client", page1)
                + line(1, "bridge", "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"ClientTag\":\"t1\","
                                    + "\"Paging\":{\"Cursor\":\"2\"}},\"Body\":{\"Page\":1}}")
                + line(2, "client", page2)
                + line(3, "bridge", "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"ClientTag\":\"t2\"},"
                                    + "\"Body\":{\"Page\":2}}")));
        assertThat(replay.answer(page1.replace("t1", "a"))).get().asString().contains("\"Page\":1", "\"ClientTag\":\"a\"");
        assertThat(replay.answer(page2.replace("t2", "b"))).get().asString().contains("\"Page\":2", "\"ClientTag\":\"b\"");
    }

    @Test
    void aPacedLipReplayKeepsTheRecordedOffsetsAfterLogin() throws IOException {
        Recording recording = read("{\"recording\":\"lip\"}\n" + line(600, "bridge", "~OUTPUT,13,1,70.00")
                                   + line(700, "bridge", "~OUTPUT,10,1,20.00"));
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().replay(recording, false).build().start();
             LipTestClient client = LipTestClient.login(simulator)) {
            long loggedIn = System.nanoTime();
            assertThat(client.readUntil("~OUTPUT,13,1,70.00")).contains("~OUTPUT,13,1,70.00");
            assertThat((System.nanoTime() - loggedIn) / 1_000_000).as("not before its offset").isGreaterThanOrEqualTo(550);
            assertThat(client.readLine()).as("the rest of the line").isEmpty();
            assertThat(client.readLine()).isEqualTo("~OUTPUT,10,1,20.00");
            // a command the recording lacks is the simulator's own
            assertThat(client.ask("?OUTPUT,11,1")).isEqualTo("~OUTPUT,11,1,0.00");
        }
    }

    @Test
    void aRecordingOfTheOtherProtocolIsRefused() throws IOException {
        Recording leap = read("{\"recording\":\"leap\"}\n");
        assertThatThrownBy(() -> LipBridgeSimulator.builder().replay(leap, true))
                .hasMessageContaining("replays LIP recordings");
        Recording lip = read("{\"recording\":\"lip\"}\n");
        assertThatThrownBy(() -> LeapBridgeSimulator.builder().replay(lip, true))
                .hasMessageContaining("replays LEAP recordings");
    }

    private static Recording read(String text) throws IOException {
        return Recording.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String line(long t, String from, String text) {
        return "{\"t\":" + t + ",\"from\":\"" + from + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}\n";
    }
}
