package io.github.camellutron.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A Python process of the harness (the external source or a peer driver): its standard output read line by line on
 * a daemon thread, its standard error to a log file, commands to its standard input. Closing ends its input and then,
 * if it has not ended within a few seconds, the process (this one only).
 */
final class ExternalProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /**
     * Starts {@code command} with the extra environment; lines its standard output gives go to {@code watch} first
     * (for lines that arrive at any time), and are kept for {@link #await} unless {@code watch} is null.
     */
    ExternalProcess(String name, List<String> command, Map<String, String> env, Path log, Consumer<String> watch)
            throws IOException {
        this.name = name;
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("PYTHONUNBUFFERED", "1");
        // no __pycache__ next to the scripts in src/test/python
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        process = pb.start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (watch != null) {
                        watch.accept(line);
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("error " + name + " output: " + e);
            }
            lines.add("exited");
        }, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    void send(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
    }

    /**
     * The next line that starts with {@code prefix}, skipping others; fails on a line starting with "error" or when
     * the process ends first.
     */
    String await(String prefix, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new TimeoutException(name + ": no '" + prefix + "' within " + timeout + " " + unit);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("error") || line.equals("exited")) {
                throw new IllegalStateException(name + ": " + line + " (waiting for '" + prefix + "')");
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            in.close();
        } catch (IOException e) {
            // it has ended already
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
