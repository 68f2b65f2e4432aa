package io.github.camellutron.leap.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the LEAP frame parser with what a bridge could send as one line: {@link LeapMessage#parse(byte[], int, int)}
 * on a frame inside a larger buffer, as the connection hands it a slice. The only exception it may throw is the
 * documented {@link LeapParseException}. What it accepts writes back as one JSON line ({@link LeapMessage#toJson()},
 * the raw event's text) that parses again with the same envelope; the typed body views, which promise never to throw
 * on content, do not, and neither do the href readers but with their documented {@link LeapParseException}.
 *
 * <p>
 * Seeds: the recorded bridge messages of the simulator (copied by the build into {@code LeapMessageFuzzTestInputs});
 * fuzzing: docs/reliability.md.
 */
class LeapMessageFuzzTest {

    private static final byte[] PAD = "}\n{\"".getBytes(StandardCharsets.US_ASCII);

    private static final List<Function<LeapMessage, Object>> VIEWS = List.of(
            LeapBodies::zoneStatuses, LeapBodies::areaStatuses, LeapBodies::occupancyGroupStatuses, LeapBodies::devices,
            LeapBodies::areas, LeapBodies::servers, LeapBodies::zones, LeapBodies::controlStations,
            LeapBodies::gangedDevices, LeapBodies::buttonGroups, LeapBodies::buttons, LeapBodies::virtualButtons,
            LeapBodies::occupancyGroups, LeapBodies::project, LeapBodies::ping, LeapBodies::buttonEvent,
            LeapBodies::ledStatus);

    @FuzzTest(maxDuration = "1m")
    void parse(byte[] frame) {
        byte[] buffer = new byte[PAD.length + frame.length + PAD.length];
        System.arraycopy(PAD, 0, buffer, 0, PAD.length);
        System.arraycopy(frame, 0, buffer, PAD.length, frame.length);
        System.arraycopy(PAD, 0, buffer, PAD.length + frame.length, PAD.length);
        LeapMessage m;
        try {
            m = LeapMessage.parse(buffer, PAD.length, frame.length);
        } catch (LeapParseException e) {
            assertThat(e.getMessage()).doesNotContain("\r", "\n");
            return;
        }
        assertThat(m).isEqualTo(LeapMessage.parse(Arrays.copyOf(frame, frame.length), 0, frame.length));

        String json = m.toJson();
        assertThat(json).doesNotContain("\r", "\n");
        LeapMessage again = LeapMessage.parse(json);
        assertThat(again.communiqueType()).isEqualTo(m.communiqueType());
        assertThat(again.url()).isEqualTo(m.url());
        assertThat(again.clientTag()).isEqualTo(m.clientTag());
        assertThat(again.bodyType()).isEqualTo(m.bodyType());
        assertThat(again.toJson()).isEqualTo(LeapMessage.parse(again.toJson()).toJson());
        m.toString();
        m.isError();

        for (Function<LeapMessage, Object> view : VIEWS) {
            view.apply(m);
        }
        LeapBodies.errorMessage(m.body());
        LeapHref.resource(m.url());
        try {
            assertThat(LeapHref.id(m.url())).isNotNegative();
        } catch (LeapParseException e) {
            // documented: the URL names no id
        }
    }
}
