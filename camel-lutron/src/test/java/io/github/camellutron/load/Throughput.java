package io.github.camellutron.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.impl.engine.PooledProcessorExchangeFactory;
import org.apache.camel.spi.PooledObjectFactory;

/**
 * Events per second from a simulator's firehose of pre-encoded zone level reports over loopback: into a Camel route
 * that counts them, and into a bare Netty reader of the same simulator in the same run. Each figure is the median of
 * a few bursts after a warm-up burst that lets the JIT compile the path.
 */
final class Throughput {

    /**
     * One measured path: its median events per second, every run's figure, and the CPU the whole JVM used per event
     * over the measured bursts (process CPU time, every thread: the simulator's too when it runs in this JVM), in µs.
     */
    record Figure(String path, double perSecond, double[] runs, double cpuMicros) {
        String runsText() {
            return Arrays.stream(runs).mapToObj(r -> String.format("%.2f", r / 1e6)).reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
    }

    /** The figures of one protocol, the bare readers first. */
    record Result(String protocol, List<Figure> bare, List<Figure> routes) {
        Figure limit() {
            return bare.stream().max((a, b) -> Double.compare(a.perSecond, b.perSecond)).orElseThrow();
        }
    }

    static final String NO_JMX = "route, Camel's JMX management off";
    static final String POOLED = "route, Camel's pooled ExchangeFactory";

    private final long events;
    private final int runs;

    Throughput(long events, int runs) {
        this.events = events;
        this.runs = runs;
    }

    // --- LIP ---

    Result lip() throws Exception {
        int lines = 1000;
        byte[] burst = lipBurst(lines);
        long repeats = Math.max(1, events / lines);
        List<Figure> bare = new ArrayList<>();
        List<Figure> routes = new ArrayList<>();
        try (LipBridgeSimulator sim = LipBridgeSimulator.builder().build().start()) {
            try (BareReader reader = BareReader.lip(sim.host(), sim.port(), "lutron", "integration")) {
                bare.add(measure("bare Netty line splitter", repeats * lines, sim::firehose, burst, repeats,
                        reader::expect));
            }
            String uri = "lutron-lip:" + sim.host() + ":" + sim.port() + "";
            routes.add(route("route (events handed to a Camel thread, default)", uri, sim::firehose, burst, repeats,
                    lines));
            routes.add(route("route on the I/O thread (usingExecutorService=false)", uri + (uri.contains("?") ? "&" : "?") + "usingExecutorService=false",
                    sim::firehose, burst, repeats, lines));
            routes.add(route(NO_JMX, uri, sim::firehose, burst, repeats, lines));
            routes.add(route(POOLED, uri, sim::firehose, burst, repeats, lines));
        }
        return new Result("LIP", bare, routes);
    }

    /** Zone level reports as a busy RadioRA 2 system sends them: many zones, levels that change. */
    static byte[] lipBurst(int lines) {
        StringBuilder sb = new StringBuilder(lines * 24);
        for (int i = 0; i < lines; i++) {
            sb.append("~OUTPUT,").append(10 + i % 200).append(",1,").append(LipLevel.format(i % 101)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    // --- LEAP ---

    Result leap() throws Exception {
        int lines = 500;
        long repeats = Math.max(1, events / lines);
        List<Figure> bare = new ArrayList<>();
        List<Figure> routes = new ArrayList<>();
        Path dir = Files.createTempDirectory("lutron-load");
        try (LeapBridgeSimulator sim = leapSimulator()) {
            sim.writeClientFiles(dir, "load");
            byte[] burst = leapBurst(sim.zoneIds(), lines);
            for (SslProvider provider : providers()) {
                try (BareReader reader = BareReader.leap(sim.host(), sim.port(), dir.resolve("load.crt").toFile(),
                        dir.resolve("load.key").toFile(), dir.resolve("load-bridge.crt").toFile(), provider)) {
                    bare.add(measure("bare Netty TLS reader, " + provider + " (" + reader.engine() + ")",
                            repeats * lines, sim::firehose, burst, repeats, reader::expect));
                }
            }
            // tlsProvider=auto: OpenSSL, as the bare OpenSSL reader
            String uri = "lutron-leap:" + sim.host() + ":" + sim.port() + "?clientCertificate=file:"
                         + dir.resolve("load.crt") + "&clientKey=file:" + dir.resolve("load.key")
                         + "&bridgeCertificate=file:" + dir.resolve("load-bridge.crt");
            routes.add(route("route (events handed to a Camel thread, default)", uri, sim::firehose, burst, repeats,
                    lines));
            routes.add(route("route on the I/O thread (usingExecutorService=false)", uri + (uri.contains("?") ? "&" : "?") + "usingExecutorService=false",
                    sim::firehose, burst, repeats, lines));
            routes.add(route(NO_JMX, uri, sim::firehose, burst, repeats, lines));
            routes.add(route(POOLED, uri, sim::firehose, burst, repeats, lines));
            routes.add(route("route, JDK TLS engine (tlsProvider=jdk)", uri + "&tlsProvider=jdk", sim::firehose, burst,
                    repeats, lines));
        } finally {
            LoadHarness.deleteTree(dir);
        }
        return new Result("LEAP", bare, routes);
    }

    /** The bridge side on OpenSSL when it is there, so that the simulator's encryption is not what is measured. */
    static LeapBridgeSimulator leapSimulator() {
        return LeapBridgeSimulator.builder().tlsProvider(OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK)
                .build().start();
    }

    static List<SslProvider> providers() {
        return OpenSsl.isAvailable() ? List.of(SslProvider.JDK, SslProvider.OPENSSL) : List.of(SslProvider.JDK);
    }

    /** The untagged {@code OneZoneStatus} pushes a Caseta bridge sends when zones change (LEAP.md 2.5), compact. */
    static byte[] leapBurst(List<Integer> zones, int lines) {
        StringBuilder sb = new StringBuilder(lines * 240);
        for (int i = 0; i < lines; i++) {
            int zone = zones.get(i % zones.size());
            sb.append("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneZoneStatus\",")
                    .append("\"StatusCode\":\"200 OK\",\"Url\":\"/zone/").append(zone).append("/status\"},")
                    .append("\"Body\":{\"ZoneStatus\":{\"href\":\"/zone/").append(zone).append("/status\",\"Level\":")
                    .append(i % 101).append(",\"Zone\":{\"href\":\"/zone/").append(zone)
                    .append("\"},\"StatusAccuracy\":\"Good\"}}}\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // --- measuring ---

    interface Firehose {
        CompletableFuture<Void> send(byte[] burst, long repeats);
    }

    interface Expect {
        CompletableFuture<Void> expect(long count);
    }

    Figure route(String path, String uri, Firehose firehose, byte[] burst, long repeats, int lines)
            throws Exception {
        LiveCounter counter = new LiveCounter();
        CamelContext camel = new DefaultCamelContext();
        if (path.equals(NO_JMX)) {
            // camel-management is on this classpath, so a context manages every route and exchange unless told not to
            camel.disableJMX();
        }
        if (path.equals(POOLED)) {
            pooled(camel);
        }
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("count").process(counter);
                }
            });
            camel.start();
            // the resync snapshot (resync=true) is not counted: only the firehose's live events are
            counter.awaitConnected();
            Figure f = measure(path, repeats * lines, firehose, burst, repeats, counter::expect);
            if (path.equals(POOLED)) {
                System.out.println("    " + pooledStatistics(camel));
            }
            return f;
        } finally {
            camel.close();
        }
    }

    /**
     * Camel's pooled exchanges, as {@code camel.main.exchangeFactory=pooled} sets them: a pooled ExchangeFactory for
     * consumers and a pooled ProcessorExchangeFactory, with statistics on to show whether exchanges were reused.
     */
    static void pooled(CamelContext camel) {
        ExtendedCamelContext ecc = camel.getCamelContextExtension();
        PooledExchangeFactory consumers = new PooledExchangeFactory();
        // each consumer's factory copies this from the context's
        consumers.setStatisticsEnabled(true);
        ecc.setExchangeFactory(consumers);
        ecc.setProcessorExchangeFactory(new PooledProcessorExchangeFactory());
    }

    /** How many exchanges the pooled factories made and how many were taken from their pools. */
    static String pooledStatistics(CamelContext camel) {
        PooledObjectFactory.Statistics s = camel.getCamelContextExtension().getExchangeFactoryManager()
                .getStatistics();
        return String.format("pooled ExchangeFactory: %,d exchanges created, %,d acquired from the pool, %,d released,"
                             + " %,d discarded", s.getCreatedCounter(), s.getAcquiredCounter(), s.getReleasedCounter(),
                s.getDiscardedCounter());
    }

    Figure measure(String path, long expected, Firehose firehose, byte[] burst, long repeats, Expect expect)
            throws Exception {
        // warm-up: the JIT compiles the whole path before anything is timed
        CompletableFuture<Void> warm = expect.expect(expected);
        firehose.send(burst, repeats).get(5, TimeUnit.MINUTES);
        warm.get(5, TimeUnit.MINUTES);
        double[] figures = new double[runs];
        long cpu = 0;
        for (int i = 0; i < runs; i++) {
            CompletableFuture<Void> done = expect.expect(expected);
            long cpuStart = Cpu.process();
            long start = System.nanoTime();
            firehose.send(burst, repeats).get(5, TimeUnit.MINUTES);
            done.get(5, TimeUnit.MINUTES);
            figures[i] = expected / ((System.nanoTime() - start) / 1e9);
            cpu += Cpu.process() - cpuStart;
        }
        double[] sorted = figures.clone();
        Arrays.sort(sorted);
        Figure f = new Figure(path, sorted[sorted.length / 2], figures, cpu / 1e3 / ((double) expected * runs));
        System.out.printf("  %-60s %6.2f M/s  %6.2f µs/event CPU  (runs: %s)%n", path, f.perSecond() / 1e6,
                f.cpuMicros(), f.runsText());
        return f;
    }

    /** Counts the live zone events a route gets (the resync snapshot not included). */
    static final class LiveCounter implements Processor {
        private final Countdown count = new Countdown();
        private final CompletableFuture<Void> connected = new CompletableFuture<>();

        @Override
        public void process(Exchange exchange) {
            Object event = exchange.getMessage().getBody();
            if (event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) {
                connected.complete(null);
            } else if (event instanceof ZoneStatus z && !z.resync()) {
                // one routing thread at a time
                count.increment();
            }
        }

        void awaitConnected() throws Exception {
            connected.get(30, TimeUnit.SECONDS);
        }

        CompletableFuture<Void> expect(long n) {
            return count.expect(n);
        }
    }
}
