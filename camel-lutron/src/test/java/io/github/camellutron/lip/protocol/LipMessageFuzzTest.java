package io.github.camellutron.lip.protocol;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the LIP line parser with whatever a bridge (or a producer's raw command body) could send. The only exception
 * it may throw is the documented {@link LipParseException}; what it accepts formats back to a clean line that parses
 * to the same message and that the validating builder accepts too. So do the field readers and typed report readings.
 *
 * <p>
 * Regression mode (every {@code ./mvnw verify}) runs the seeds in {@code LipMessageFuzzTestInputs/parse}; fuzzing:
 * docs/reliability.md.
 */
class LipMessageFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] data) {
        // the frame decoder reads bytes as ISO-8859-1; a producer's body can hold any character
        check(new String(data, StandardCharsets.ISO_8859_1));
        check(new String(data, StandardCharsets.UTF_8));
    }

    private static void check(String line) {
        LipMessage m;
        try {
            m = LipMessage.parse(line);
        } catch (LipParseException e) {
            assertThat(e.getMessage()).doesNotContain("\r", "\n");
            return;
        }
        if (m == null) {
            assertThat(LipMessage.isPrompt(line) || line.chars().allMatch(LipMessageFuzzTest::isLineSpace))
                    .as("only white space and prompts read as nothing: %s", LipMessage.quote(line)).isTrue();
            return;
        }
        String text = m.toString();
        assertThat(text.chars().noneMatch(c -> c < ' ' || c == 0x7f)).as("control character in %s", text).isTrue();
        assertThat(text.charAt(0)).isEqualTo(m.operation().symbol());
        assertThat(text.chars().filter(c -> c == ',').count()).isEqualTo(m.fieldCount());
        assertThat(LipMessage.parse(text)).isEqualTo(m);
        assertThat(LipMessage.parse(text + "\r\n")).isEqualTo(m);
        assertThat(LipMessage.of(m.operation(), m.command(), m.fields().toArray())).isEqualTo(m);
        assertThat(m.commandType() == null || m.commandType().name().equals(m.command())).isTrue();

        // the longest real line (HVAC) has 8 fields; past a few more, reading each again only costs executions
        for (int i = 0; i <= Math.min(m.fieldCount(), 12); i++) {
            readField(m, i);
        }
        try {
            LipReports.databaseExportTime(m);
        } catch (IllegalArgumentException e) {
            // documented: not that report (IllegalArgumentException) or a bad date or time (LipParseException)
        }
    }

    /** Every reader of a field may refuse it, but only with a {@link LipParseException}. */
    private static void readField(LipMessage m, int i) {
        String f = m.field(i);
        try {
            m.intField(i);
        } catch (LipParseException e) {
            // documented
        }
        try {
            m.doubleField(i);
        } catch (LipParseException e) {
            // documented
        }
        if (f == null) {
            return;
        }
        try {
            assertThat(LipLevel.parse(f)).isBetween(LipLevel.MIN, LipLevel.MAX);
        } catch (LipParseException e) {
            // documented
        }
        try {
            assertThat(LipTime.parse(f).isNegative()).isFalse();
        } catch (LipParseException e) {
            // documented
        }
        try {
            LipTime.parseTimeOfDay(f);
        } catch (LipParseException e) {
            // documented
        }
    }

    private static boolean isLineSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
