package io.github.camellutron.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A command of the runnable jar ({@link Commands}) running in the background: its standard input a pipe the test
 * types into, its output and errors kept. Closing it ends the input.
 */
final class RunningCommand implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PipedOutputStream stdin = new PipedOutputStream();
    private final CompletableFuture<Integer> exit;

    RunningCommand(String... args) throws IOException {
        PipedInputStream in = new PipedInputStream(stdin);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        exit = CompletableFuture.supplyAsync(() -> Commands.run(args, in, print, printErr));
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Waits for the output to show the pattern, and gives its first match. */
    Matcher awaitOutput(Pattern pattern) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pattern.matcher(output()).find());
        Matcher m = pattern.matcher(output());
        assertThat(m.find()).isTrue();
        return m;
    }

    void type(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** The exit code, once the command has ended. */
    int exitCode() throws Exception {
        return exit.get();
    }

    @Override
    public void close() throws IOException {
        stdin.close();
    }
}
