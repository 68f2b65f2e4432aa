package io.github.camellutron.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The dispatch of the runnable jar's commands and the parsing they share. */
class CommandsTest {

    @Test
    void helpPrintsTheUsageAndEveryOtherFirstArgumentIsTheDemos() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Commands.run(new String[] { "--help" }, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(DemoOptions.USAGE + "\n\nCommands:")
                .contains("pair HOST", "--keystore PASSWORD", "scan [--timeout DURATION]")
                .doesNotContain("--trust", "--leap-port", "--bind");
        ByteArrayOutputStream pairHelp = new ByteArrayOutputStream();
        assertThat(Commands.run(new String[] { "pair", "--help" }, new PrintStream(pairHelp, true,
                StandardCharsets.UTF_8), System.err)).isZero();
        // a command's help is that command's only
        assertThat(pairHelp.toString(StandardCharsets.UTF_8)).contains("pair HOST", "--keystore PASSWORD")
                .doesNotContain("scan");
        ByteArrayOutputStream scanHelp = new ByteArrayOutputStream();
        assertThat(Commands.run(new String[] { "scan", "--help" }, new PrintStream(scanHelp, true,
                StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(scanHelp.toString(StandardCharsets.UTF_8)).contains("scan [--timeout DURATION]")
                .doesNotContain("pair", "--keystore");
        assertThat(List.of("pair", "scan", "--help", "-h", "help")).allMatch(Commands::isCommand);
        assertThat(List.of("--lip", "demo", "")).noneMatch(Commands::isCommand);
    }

    @Test
    void durations() {
        assertThat(Commands.duration("3m")).isEqualTo(Duration.ofMinutes(3));
        assertThat(Commands.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Commands.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Commands.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Commands.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Commands.duration("PT2M")).isEqualTo(Duration.ofMinutes(2));
        for (String bad : new String[] { "0s", "-1m", "PT-1S", "soon", "" }) {
            assertThatThrownBy(() -> Commands.duration(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Commands.describe(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(Commands.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }

    @Test
    void portsAndOptions() {
        assertThat(Commands.port("8083")).isEqualTo(8083);
        assertThatThrownBy(() -> Commands.port("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commands.port("http")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Commands.options(List.of("--out", "x"), List.of("--out"))).containsEntry("--out", "x");
        assertThatThrownBy(() -> Commands.options(List.of("--out"), List.of("--out")))
                .hasMessage("Missing value for --out");
        assertThatThrownBy(() -> Commands.options(List.of("--verbose"), List.of("--out")))
                .hasMessage("Unknown option --verbose");
    }
}
