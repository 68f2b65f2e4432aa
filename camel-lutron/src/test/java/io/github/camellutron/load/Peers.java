package io.github.camellutron.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The peers scenario: camel-lutron routes, Camel's two anchors and the Python peers (pylutron for LIP,
 * pylutron-caseta for LEAP), every one of them reading the same bytes from the same external source process
 * ({@code src/test/python/load/peer_source.py}) in one run. Events per second (median of the measured bursts) and CPU
 * per event: the whole JVM's process CPU for the JVM rows, {@code time.process_time()} of the driver for the Python
 * rows, and the source's own CPU beside them.
 */
final class Peers {

    /** What a row is to the targets: the product, one of Camel's anchors, or a peer. */
    enum Kind {
        PRODUCT,
        ANCHOR,
        PEER
    }

    /** One measured row. {@code sourceCpuMicros} is NaN where no external source writes (Camel's ceiling). */
    record Row(String protocol, Kind kind, String path, double perSecond, double[] runs, double cpuMicros,
               double sourceCpuMicros) {
        String runsText() {
            return Arrays.stream(runs).mapToObj(r -> String.format("%.3f", r / 1e6)).reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
    }

    record Result(List<Row> rows, List<String> notes) {
        Row find(String protocol, String path) {
            return rows.stream().filter(r -> r.protocol.equals(protocol) && r.path.equals(path)).findFirst()
                    .orElse(null);
        }
    }

    static final String ROUTE = "camel-lutron route (default)";
    static final String POOLED = "camel-lutron route, Camel's pooled ExchangeFactory";
    static final String NETTY = "camel-netty textline consumer (lines counted, nothing parsed)";
    static final String CEILING = "Camel's ceiling (in-JVM consumer, no I/O, same body and 5 headers)";
    static final String CEILING_POOLED = "Camel's ceiling, Camel's pooled ExchangeFactory";

    private final long events;
    private final int runs;
    private final Path peerSrc;
    private final Path out;
    private final Throughput throughput;
    private final List<String> notes = new ArrayList<>();

    Peers(long events, int runs, Path peerSrc, Path out) {
        this.events = events;
        this.runs = runs;
        this.peerSrc = peerSrc;
        this.out = out;
        this.throughput = new Throughput(events, runs);
    }

    Result run(Set<String> protocols) throws Exception {
        PeerPython python = PeerPython.setUp(peerSrc, out);
        python.how.forEach((peer, how) -> note(peer + ": " + how));
        python.missing.forEach((peer, why) -> note("peer rows not measured (" + peer + "): " + why));
        List<Row> rows = new ArrayList<>();
        if (protocols.contains("lip")) {
            lip(python, rows);
        }
        if (protocols.contains("leap")) {
            leap(python, rows);
        }
        return new Result(rows, List.copyOf(notes));
    }

    private void note(String text) {
        System.out.println("  " + text);
        notes.add(text);
    }

    // --- LIP ---

    private void lip(PeerPython python, List<Row> rows) throws Exception {
        int lines = 1000;
        long repeats = Math.max(1, events / lines);
        Path dir = Files.createTempDirectory("lutron-peers");
        try (LipBridgeSimulator sim = LipBridgeSimulator.builder().build().start()) {
            List<Integer> zones = sim.house().zones().stream().map(z -> z.id()).toList();
            Path burst = dir.resolve("lip-burst.txt");
            Files.write(burst, lipBurst(zones, lines));
            Path xml = dir.resolve("DbXmlInfo.xml");
            Files.writeString(xml, sim.house().toDbXmlInfo(), StandardCharsets.UTF_8);
            try (Source source = new Source("lip", python, burst, sim.port(), List.of())) {
                String uri = "lutron-lip:127.0.0.1:" + source.port;
                rows.add(route("LIP", ROUTE, uri, source, repeats, lines, false));
                rows.add(route("LIP", POOLED, uri, source, repeats, lines, true));
                rows.add(netty(source, repeats, lines));
                rows.add(ceiling(CEILING, zones, repeats, lines, false));
                rows.add(ceiling(CEILING_POOLED, zones, repeats, lines, true));
                if (python.has(PeerPython.PYLUTRON)) {
                    peer(rows, "LIP", PeerPython.PYLUTRON, python, source, repeats, lines,
                            python.script("pylutron_driver.py", "--port", String.valueOf(source.port), "--xml",
                                    xml.toString()));
                }
            }
        } finally {
            LoadHarness.deleteTree(dir);
        }
    }

    /** The firehose's LIP zone reports, for the zones of the house the pylutron driver reads. */
    static byte[] lipBurst(List<Integer> zones, int lines) {
        StringBuilder sb = new StringBuilder(lines * 24);
        for (int i = 0; i < lines; i++) {
            sb.append("~OUTPUT,").append(zones.get(i % zones.size())).append(",1,").append(LipLevel.format(i % 101))
                    .append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private Row netty(Source source, long repeats, int lines) throws Exception {
        Countdown count = new Countdown();
        CamelContext camel = new DefaultCamelContext();
        try {
            String uri = "netty:tcp://127.0.0.1:" + source.rawPort + "?clientMode=true&textline=true&sync=false";
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("netty-count").process(e -> count.increment());
                }
            });
            CompletableFuture<String> session = source.nextSession();
            camel.start();
            session.get(30, TimeUnit.SECONDS);
            return measured("LIP", Kind.ANCHOR, NETTY, source, repeats, lines, count::expect);
        } finally {
            camel.close();
        }
    }

    private Row ceiling(String path, List<Integer> zones, long repeats, int lines, boolean pooled) throws Exception {
        Throughput.LiveCounter counter = new Throughput.LiveCounter();
        Ceiling ceiling = new Ceiling();
        List<ZoneStatus> burst = Ceiling.events(zones, lines);
        CamelContext camel = new DefaultCamelContext();
        if (pooled) {
            Throughput.pooled(camel);
        }
        try {
            camel.addComponent("ceiling", ceiling);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("ceiling:lip").routeId("count").process(counter);
                }
            });
            camel.start();
            Throughput.Figure f = throughput.measure(path, repeats * lines,
                    (b, r) -> ceiling.fire("lip", burst, r), null, repeats, counter::expect);
            if (pooled) {
                note("LIP ceiling " + Throughput.pooledStatistics(camel));
            }
            return new Row("LIP", Kind.ANCHOR, path, f.perSecond(), f.runs(), f.cpuMicros(), Double.NaN);
        } finally {
            camel.close();
        }
    }

    // --- LEAP ---

    private void leap(PeerPython python, List<Row> rows) throws Exception {
        int lines = 500;
        long repeats = Math.max(1, events / lines);
        Path dir = Files.createTempDirectory("lutron-peers");
        try (LeapBridgeSimulator sim = Throughput.leapSimulator()) {
            sim.writeClientFiles(dir, "load");
            sim.writeBridgeFiles(dir, "load");
            Path burst = dir.resolve("leap-burst.txt");
            Files.write(burst, Throughput.leapBurst(sim.zoneIds(), lines));
            List<String> tls = List.of("--cert", dir.resolve("load-server.crt").toString(), "--key",
                    dir.resolve("load-server.key").toString(), "--ca", dir.resolve("load-ca.crt").toString(),
                    "--upstream-cert", dir.resolve("load.crt").toString(), "--upstream-key",
                    dir.resolve("load.key").toString());
            try (Source source = new Source("leap", python, burst, sim.port(), tls)) {
                String uri = "lutron-leap:127.0.0.1:" + source.port + "?clientCertificate=file:"
                             + dir.resolve("load.crt") + "&clientKey=file:" + dir.resolve("load.key")
                             + "&bridgeCertificate=file:" + dir.resolve("load-bridge.crt");
                rows.add(route("LEAP", ROUTE, uri, source, repeats, lines, false));
                rows.add(route("LEAP", POOLED, uri, source, repeats, lines, true));
                if (python.has(PeerPython.CASETA)) {
                    peer(rows, "LEAP", PeerPython.CASETA, python, source, repeats, lines,
                            python.script("caseta_driver.py", "--port", String.valueOf(source.port), "--cert",
                                    dir.resolve("load.crt").toString(), "--key", dir.resolve("load.key").toString(),
                                    "--ca", dir.resolve("load-bridge.crt").toString()));
                }
            }
        } finally {
            LoadHarness.deleteTree(dir);
        }
    }

    // --- the rows ---

    private Row route(String protocol, String path, String uri, Source source, long repeats, int lines,
                      boolean pooled) throws Exception {
        Throughput.LiveCounter counter = new Throughput.LiveCounter();
        CamelContext camel = new DefaultCamelContext();
        if (pooled) {
            Throughput.pooled(camel);
        }
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("count").process(counter);
                }
            });
            CompletableFuture<String> session = source.nextSession();
            camel.start();
            session.get(30, TimeUnit.SECONDS);
            counter.awaitConnected();
            Row row = measured(protocol, Kind.PRODUCT, path, source, repeats, lines, counter::expect);
            if (pooled) {
                note(protocol + " " + Throughput.pooledStatistics(camel));
            }
            return row;
        } finally {
            camel.close();
        }
    }

    private Row measured(String protocol, Kind kind, String path, Source source, long repeats, int lines,
                         Throughput.Expect expect) throws Exception {
        source.resetCpu();
        Throughput.Figure f = throughput.measure(path, repeats * lines, source::burst, null, repeats, expect);
        return new Row(protocol, kind, path, f.perSecond(), f.runs(), f.cpuMicros(),
                source.measuredCpuMicros(runs, repeats * lines));
    }

    /** A peer's row, or a note of why it has none: a peer failing is the peer's, the run goes on. */
    private void peer(List<Row> rows, String protocol, String peer, PeerPython python, Source source, long repeats,
                      int lines, List<String> command) {
        try {
            rows.add(peer(protocol, peer, python, source, repeats, lines, command));
        } catch (Exception e) {
            note("peer rows not measured (" + peer + "): " + e + " (see " + out.resolve("peers-" + peer + ".log")
                 + ")");
        }
    }

    /** A Python peer: its driver counts the callbacks and times each measured burst itself. */
    private Row peer(String protocol, String peer, PeerPython python, Source source, long repeats, int lines,
                     List<String> command) throws Exception {
        long n = repeats * lines;
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("--warm", String.valueOf(n), "--events", String.valueOf(n), "--runs",
                String.valueOf(runs)));
        CompletableFuture<String> session = source.nextSession();
        try (ExternalProcess driver = new ExternalProcess(peer, full, python.env, out.resolve("peers-" + peer + ".log"),
                null)) {
            String ready = driver.await("ready", 120, TimeUnit.SECONDS);
            session.get(30, TimeUnit.SECONDS);
            System.out.println("    " + ready);
            source.resetCpu();
            source.burst(null, repeats).get(5, TimeUnit.MINUTES);
            driver.await("warm", 10, TimeUnit.MINUTES);
            double[] figures = new double[runs];
            double cpu = 0;
            for (int i = 0; i < runs; i++) {
                source.burst(null, repeats).get(5, TimeUnit.MINUTES);
                String[] run = driver.await("run ", 10, TimeUnit.MINUTES).split(" ");
                figures[i] = Long.parseLong(run[1]) / Double.parseDouble(run[2]);
                cpu += Double.parseDouble(run[3]);
            }
            double[] sorted = figures.clone();
            Arrays.sort(sorted);
            Row row = new Row(protocol, Kind.PEER, peer, sorted[sorted.length / 2], figures,
                    cpu * 1e6 / ((double) n * runs), source.measuredCpuMicros(runs, n));
            System.out.printf("  %-60s %6.3f M/s  %6.2f µs/event CPU  (runs: %s)%n", peer, row.perSecond() / 1e6,
                    row.cpuMicros(), row.runsText());
            return row;
        }
    }

    /** The external source process of one protocol, for every row of that protocol. */
    private final class Source implements AutoCloseable {
        final int port;
        final int rawPort;
        private final ExternalProcess process;
        private final AtomicReference<CompletableFuture<String>> session = new AtomicReference<>();
        private final List<Double> cpu = new ArrayList<>();

        Source(String protocol, PeerPython python, Path burst, int upstreamPort, List<String> tls) throws Exception {
            List<String> command = new ArrayList<>(List.of("python3",
                    python.scripts.resolve("peer_source.py").toString(), "--protocol", protocol, "--burst",
                    burst.toString(), "--upstream-port", String.valueOf(upstreamPort)));
            command.addAll(tls);
            process = new ExternalProcess(protocol + "-source", command, Map.of(),
                    out.resolve("peers-source-" + protocol + ".log"), line -> {
                        if (line.startsWith("session ")) {
                            CompletableFuture<String> f = session.getAndSet(null);
                            if (f != null) {
                                f.complete(line);
                            }
                        }
                    });
            String[] listening = process.await("listening", 30, TimeUnit.SECONDS).split(" ");
            port = Integer.parseInt(listening[1]);
            rawPort = Integer.parseInt(listening[2]);
        }

        /** Completes when the next client is ready to be written to. */
        CompletableFuture<String> nextSession() {
            CompletableFuture<String> f = new CompletableFuture<>();
            session.set(f);
            return f;
        }

        /** Has the source write the burst {@code repeats} times to the newest client; done once all is written. */
        CompletableFuture<Void> burst(byte[] ignored, long repeats) {
            try {
                process.send("burst " + repeats);
                String[] sent = process.await("sent", 5, TimeUnit.MINUTES).split(" ");
                cpu.add(Double.parseDouble(sent[2]));
                return CompletableFuture.completedFuture(null);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        void resetCpu() {
            cpu.clear();
        }

        /** The source's CPU per event over the last {@code runs} bursts (the measured ones), µs. */
        double measuredCpuMicros(int runs, long perBurst) {
            double sum = 0;
            for (int i = Math.max(0, cpu.size() - runs); i < cpu.size(); i++) {
                sum += cpu.get(i);
            }
            return sum * 1e6 / ((double) perBurst * Math.min(runs, cpu.size()));
        }

        @Override
        public void close() throws Exception {
            try {
                process.send("quit");
            } catch (IOException e) {
                // it has ended already
            }
            process.close();
        }
    }
}
