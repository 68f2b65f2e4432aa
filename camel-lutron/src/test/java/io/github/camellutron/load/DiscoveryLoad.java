package io.github.camellutron.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.client.LeapConnectionOptions;
import io.github.camellutron.leap.client.LeapTls;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.awaitility.Awaitility;

/**
 * How long a LEAP session takes from {@code start()} to {@code Connected} on a big RadioRA 3 / HomeWorks QSX house,
 * for several values of {@code discoveryConcurrency}: the simulator's large house on loopback, read by a
 * {@link LeapConnection} (the client layer a route's session runs on), each point averaged over a few connects after
 * warm-up. {@code Connected} comes once discovery (reads and subscriptions) is done and before the resync reads, so
 * the time is discovery's. The simulator also says how many requests it received up to then and how many waited for
 * their answer at once.
 * <p>
 * On loopback an answer takes a few tens of microseconds, so a window gains little there; a real processor takes
 * milliseconds per request, which an answer delay in the simulator models. Both run in this one JVM and share its
 * cores: the figures are for comparing settings on one machine, not for predicting a real processor's.
 * <p>
 * Not a test (no assertion, and its name keeps it out of surefire's default includes). Run it with:
 *
 * <pre>
 * ./mvnw -o -B -ntp -pl camel-lutron test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.camellutron.load.DiscoveryLoad -Dexec.args="runs=3 delays=0,2"
 * </pre>
 *
 * Arguments, all optional, as {@code key=value}: {@code house=areas,zones,keypads} (100,1000,300),
 * {@code delays} in ms per request (0,2), {@code concurrency} (1,2,4,8,16,64), {@code warmups} connects before the
 * first measured one, through the concurrencies in turn (6), and {@code runs} measured connects per point (3).
 */
public final class DiscoveryLoad {

    /** The values of {@code discoveryConcurrency} measured by default; 64 is as good as unbounded for this house. */
    public static final int[] CONCURRENCIES = { 1, 2, 4, 8, 16, 64 };

    /**
     * One point: the mean, fastest and slowest time from start to {@code Connected}, the requests the simulator
     * received in that time, and the most it had waiting at once (read, not answered yet).
     */
    public record Result(Duration answerDelay, int concurrency, long requests, int peakInFlight, double connectMillis,
                         double minMillis, double maxMillis) {
    }

    /** A house and how to measure it. */
    public record Settings(int areas, int zones, int keypads, List<Duration> answerDelays, int[] concurrencies,
                           int warmups, int runs) {

        public Settings {
            answerDelays = List.copyOf(answerDelays);
            concurrencies = concurrencies.clone();
            if (runs < 1 || warmups < 0 || concurrencies.length == 0 || answerDelays.isEmpty()) {
                throw new IllegalArgumentException("need at least one run, delay and concurrency, and no negative"
                                                   + " warm-up count");
            }
        }

        /** 100 areas, 1000 zones, 300 keypads; no delay and 2 ms per request; 6 warm-ups, 3 runs per point. */
        public static Settings defaults() {
            return new Settings(100, 1000, 300, List.of(Duration.ZERO, Duration.ofMillis(2)), CONCURRENCIES, 6, 3);
        }
    }

    private DiscoveryLoad() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        System.out.printf(Locale.ROOT, "LEAP discovery of a large RadioRA 3 house (%d areas, %d zones, %d keypads),"
                                       + " %d warm-up connects, %d runs per point, %d cores%n",
                settings.areas(), settings.zones(), settings.keypads(), settings.warmups(), settings.runs(),
                Runtime.getRuntime().availableProcessors());
        List<Result> results = run(settings);
        System.out.println(table(results));
    }

    /** Measures every answer delay and concurrency of the settings on one simulator, in that order. */
    public static List<Result> run(Settings settings) throws Exception {
        Path dir = Files.createTempDirectory("discovery-load");
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("discovery-load", true));
        try (LeapBridgeSimulator simulator = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3)
                .largeHouse(settings.areas(), settings.zones(), settings.keypads()).build().start()) {
            simulator.writeClientFiles(dir, "load");
            SslContext tls = tls(dir);
            simulator.delayAnswers(Duration.ZERO);
            // through every window size in turn, so that the first point measured is as warm as the last
            int[] concurrencies = settings.concurrencies();
            for (int i = 0; i < settings.warmups(); i++) {
                connect(simulator, tls, group, concurrencies[i % concurrencies.length]);
            }
            List<Result> results = new ArrayList<>();
            for (Duration delay : settings.answerDelays()) {
                simulator.delayAnswers(delay);
                for (int concurrency : settings.concurrencies()) {
                    results.add(measure(simulator, tls, group, delay, concurrency, settings.runs()));
                }
            }
            return results;
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Result measure(LeapBridgeSimulator simulator, SslContext tls, EventLoopGroup group, Duration delay,
                                  int concurrency, int runs) throws Exception {
        double total = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        long requests = 0;
        int peak = 0;
        for (int i = 0; i < runs; i++) {
            Run run = connect(simulator, tls, group, concurrency);
            total += run.millis();
            min = Math.min(min, run.millis());
            max = Math.max(max, run.millis());
            requests = run.requests();
            peak = Math.max(peak, run.peakInFlight());
        }
        return new Result(delay, concurrency, requests, peak, total / runs, min, max);
    }

    private record Run(double millis, long requests, int peakInFlight) {
    }

    /** One session from start to Connected; stopped before the next, so sessions never overlap. */
    private static Run connect(LeapBridgeSimulator simulator, SslContext tls, EventLoopGroup group, int concurrency)
            throws InterruptedException, ExecutionException, TimeoutException {
        LeapConnection connection = new LeapConnection(LeapConnectionOptions.builder(simulator.host(), tls)
                .port(simulator.port())
                .responseTimeout(Duration.ofSeconds(30))
                .discoveryConcurrency(concurrency)
                .build(), group);
        CompletableFuture<Run> connected = new CompletableFuture<>();
        simulator.resetRequestCounts();
        long start = System.nanoTime();
        connection.addListener((event, source) -> {
            if (event instanceof ConnectionEvent c) {
                if (c.state() == ConnectionState.Connected) {
                    // on the connection's loop, before it sends the resync reads: what discovery alone took
                    connected.complete(new Run((System.nanoTime() - start) / 1e6, simulator.requestCount(),
                            simulator.peakRequestsInFlight()));
                } else {
                    connected.completeExceptionally(new IllegalStateException("disconnected: " + c.reason()));
                }
            }
        });
        connection.start();
        try {
            return connected.get(5, TimeUnit.MINUTES);
        } finally {
            connection.stop().get(10, TimeUnit.SECONDS);
            settle(simulator);
        }
    }

    /**
     * Waits until the simulator has seen the stopped session go, so that a request it sent last (a resync read) is not
     * counted for the next one, and forgets the recorded lines, which would pile up over hundreds of connects.
     */
    private static void settle(LeapBridgeSimulator simulator) {
        Awaitility.await("the simulator to see the session go").atMost(10, TimeUnit.SECONDS)
                .pollInterval(Duration.ofMillis(1)).until(() -> simulator.connectionCount() == 0);
        simulator.clearReceived();
    }

    private static SslContext tls(Path dir) {
        try (InputStream cert = Files.newInputStream(dir.resolve("load.crt"));
             InputStream key = Files.newInputStream(dir.resolve("load.key"));
             InputStream ca = Files.newInputStream(dir.resolve("load-bridge.crt"))) {
            return LeapTls.fromPem(cert, key, ca);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The results as a Markdown table, each row also as a speed-up over one request at a time with its delay. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| answer delay | discoveryConcurrency | requests | peak in flight | connect ms (mean) | min | max"
                   + " | speed-up vs 1 |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            double base = results.stream().filter(o -> o.answerDelay().equals(r.answerDelay()) && o.concurrency() == 1)
                    .mapToDouble(Result::connectMillis).findFirst().orElse(Double.NaN);
            out.append(String.format(Locale.ROOT, "| %s ms | %d | %d | %d | %.0f | %.0f | %.0f | %.1fx |%n",
                    r.answerDelay().toMillis(), r.concurrency(), r.requests(), r.peakInFlight(), r.connectMillis(),
                    r.minMillis(), r.maxMillis(), base / r.connectMillis()));
        }
        return out.toString();
    }

    private static Settings parse(String[] args) {
        Settings d = Settings.defaults();
        int[] house = { d.areas(), d.zones(), d.keypads() };
        List<Duration> delays = d.answerDelays();
        int[] concurrencies = d.concurrencies();
        int warmups = d.warmups();
        int runs = d.runs();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value (house, delays, concurrency, warmups,"
                                                   + " runs), not '" + arg + "'");
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(0, eq)) {
                case "house" -> house = ints(value);
                case "delays" -> delays = Arrays.stream(ints(value)).mapToObj(Duration::ofMillis).toList();
                case "concurrency" -> concurrencies = ints(value);
                case "warmups" -> warmups = Integer.parseInt(value.trim());
                case "runs" -> runs = Integer.parseInt(value.trim());
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (house.length != 3) {
            throw new IllegalArgumentException("house=areas,zones,keypads");
        }
        return new Settings(house[0], house[1], house[2], delays, concurrencies, warmups, runs);
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
