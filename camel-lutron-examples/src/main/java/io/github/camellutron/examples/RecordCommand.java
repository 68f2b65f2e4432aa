package io.github.camellutron.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.client.LeapConnectionOptions;
import io.github.camellutron.leap.client.LeapTls;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.client.LipConnectionOptions;
import io.github.camellutron.simulator.Recording;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * {@code record lip|leap HOST [options] --out FILE}: connects to a real bridge as the component does (LIP: login,
 * monitoring, a read of every zone of the report; LEAP: the whole discovery and its subscriptions) and records what
 * passes, each line or message with its time, to a JSON-lines file a simulator replays with {@code --replay}. The LIP
 * login and LEAP secrets never reach the file.
 */
final class RecordCommand {

    static final String USAGE = String.join("\n",
            "  record lip|leap HOST --out FILE [options]  record what a real bridge sends, for simulate --replay",
            "      --port N              the bridge's port (default: LIP 23, LEAP 8081)",
            "      --duration DURATION   stop after this long, such as 10m (default: at quit or the end of input)",
            "      --user U --password P lip: the telnet login (default: lutron / integration)",
            "      --report URL          lip: the integration report, so every zone is read (default: none)",
            "      --cert-dir DIR        leap: where pairing wrote the files (NAME.crt, NAME.key, NAME-bridge.crt)",
            "      --cert-name NAME      leap: their base name (default: HOST)");

    private static final List<String> LIP_OPTIONS = List.of("--out", "--port", "--duration", "--user", "--password",
            "--report");
    private static final List<String> LEAP_OPTIONS = List.of("--out", "--port", "--duration", "--cert-dir",
            "--cert-name");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    RecordCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Records until the duration ends, {@code quit} or the end of input; 0 when done, 1 on failure, 2 on a bad line. */
    int run(String[] args) {
        if (args.length < 2 || !List.of("lip", "leap").contains(args[0]) || args[1].startsWith("-")) {
            err.println("record needs lip or leap and the bridge's host\n" + USAGE);
            return 2;
        }
        boolean lip = args[0].equals("lip");
        String host = args[1];
        Map<String, String> options;
        Path file;
        Duration duration;
        try {
            options = Commands.options(List.of(args).subList(2, args.length), lip ? LIP_OPTIONS : LEAP_OPTIONS);
            if (!options.containsKey("--out")) {
                throw new IllegalArgumentException("record needs --out FILE");
            }
            if (!lip && !options.containsKey("--cert-dir")) {
                throw new IllegalArgumentException("record leap needs --cert-dir (the directory pairing wrote to)");
            }
            file = Path.of(options.get("--out"));
            duration = options.containsKey("--duration") ? Commands.duration(options.get("--duration")) : null;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("lutron-record", true));
        try {
            SupervisedConnection<?, ?> connection = lip ? lip(host, options, group) : leap(host, options, group);
            String bridge = host + ":" + connection.options().port();
            try (Recording.Writer writer = new Recording.Writer(file, lip ? "lip" : "leap", bridge)) {
                connection.wireTap(new SupervisedConnection.WireTap() {
                    @Override
                    public void received(String text) {
                        writer.received(text);
                    }

                    @Override
                    public void sent(String text) {
                        writer.sent(text);
                    }
                });
                tellConnection(connection);
                out.println("Recording " + (lip ? "LIP" : "LEAP") + " bridge " + bridge + " to " + file.toAbsolutePath()
                            + (duration != null ? " for " + Commands.describe(duration) : "")
                            + "; quit (or the end of input) ends it");
                connection.start();
                try {
                    awaitEnd(duration);
                    connection.stop().get(10, TimeUnit.SECONDS);
                } finally {
                    // nothing may write to the file once it is closed
                    connection.wireTap(null);
                }
                out.println("Recorded " + writer.entries() + " lines and messages");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException | ExecutionException | TimeoutException e) {
            err.println("Recording failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        }
    }

    /** Says when the link comes up or goes down, so that the person recording knows it records. */
    private <M> void tellConnection(SupervisedConnection<M, ?> connection) {
        connection.addListener((event, source) -> {
            if (event instanceof ConnectionEvent c) {
                out.println(c.state() + (c.reason() != null ? ": " + c.reason() : ""));
            }
        });
    }

    private static LipConnection lip(String host, Map<String, String> options, EventLoopGroup group)
            throws IOException {
        LipConnectionOptions.Builder builder = LipConnectionOptions.builder(host)
                .credentials(options.getOrDefault("--user", "lutron"), options.getOrDefault("--password", "integration"));
        if (options.containsKey("--port")) {
            builder.port(Commands.port(options.get("--port")));
        }
        LutronCatalog catalog = LutronCatalog.empty();
        if (options.containsKey("--report")) {
            // with the report's zones, the session reads every zone and the recording has every level
            try (InputStream report = URI.create(options.get("--report")).toURL().openStream()) {
                catalog = IntegrationReports.parse(report);
            }
        }
        return new LipConnection(builder.build(), group, catalog);
    }

    private static LeapConnection leap(String host, Map<String, String> options, EventLoopGroup group)
            throws IOException {
        Path dir = Path.of(options.get("--cert-dir"));
        String name = options.getOrDefault("--cert-name", host);
        try (InputStream cert = Files.newInputStream(dir.resolve(name + ".crt"));
             InputStream key = Files.newInputStream(dir.resolve(name + ".key"));
             InputStream ca = Files.newInputStream(dir.resolve(name + "-bridge.crt"))) {
            LeapConnectionOptions.Builder builder = LeapConnectionOptions.builder(host, LeapTls.fromPem(cert, key, ca));
            if (options.containsKey("--port")) {
                builder.port(Commands.port(options.get("--port")));
            }
            return new LeapConnection(builder.build(), group);
        }
    }

    /** Until the duration has passed, or standard input says quit or ends. */
    private void awaitEnd(Duration duration) throws InterruptedException, ExecutionException {
        CompletableFuture<Void> quit = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !line.strip().equals("quit")) {
                    // anything else is ignored: the recording goes on
                }
            } catch (IOException e) {
                // the input is gone: as its end
            }
            quit.complete(null);
        }, "lutron-record-input");
        reader.setDaemon(true);
        reader.start();
        try {
            if (duration != null) {
                quit.get(duration.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                quit.get();
            }
        } catch (TimeoutException e) {
            // the duration is over
        }
    }
}
