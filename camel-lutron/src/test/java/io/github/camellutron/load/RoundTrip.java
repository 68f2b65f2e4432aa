package io.github.camellutron.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.HdrHistogram.Histogram;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Commands: the InOut round trip of one command at a time through a {@link ProducerTemplate} (caller to bridge and
 * back, answer matched), as percentiles; and LEAP commands per second with N of them in flight through the async
 * producer.
 */
final class RoundTrip {

    /** Percentiles of one command, in microseconds. */
    record Latency(String command, long count, double p50, double p99, double p999, double max) {
    }

    /** Commands per second with this many in flight. */
    record Pipelined(int inFlight, double perSecond) {
    }

    private final int warmup;
    private final int measured;

    RoundTrip(int warmup, int measured) {
        this.warmup = warmup;
        this.measured = measured;
    }

    List<Latency> lip() throws Exception {
        List<Latency> out = new ArrayList<>();
        try (LipBridgeSimulator sim = LipBridgeSimulator.builder().build().start();
             CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            int zone = sim.house().zoneIds().get(0);
            String base = "lutron-lip:" + sim.host() + ":" + sim.port() + "?operation=";
            out.add(latency("LIP read (?OUTPUT, answered by ~OUTPUT)", () -> template.send(base + "read",
                    e -> e.getMessage().setHeader(LutronConstants.ZONE_ID, zone))));
            AtomicLong level = new AtomicLong();
            out.add(latency("LIP goToLevel (#OUTPUT and its ?SYSTEM barrier)", () -> template.send(base + "goToLevel",
                    e -> {
                        e.setPattern(ExchangePattern.InOut);
                        e.getMessage().setHeader(LutronConstants.ZONE_ID, zone);
                        e.getMessage().setHeader(LutronConstants.LEVEL, (double) (level.incrementAndGet() % 101));
                    })));
        }
        return out;
    }

    List<Latency> leap(List<Pipelined> pipelined, int[] inFlight) throws Exception {
        List<Latency> out = new ArrayList<>();
        Path dir = Files.createTempDirectory("lutron-load");
        try (LeapBridgeSimulator sim = Throughput.leapSimulator(); CamelContext camel = new DefaultCamelContext()) {
            sim.writeClientFiles(dir, "load");
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            int zone = sim.zoneIds().get(0);
            String base = "lutron-leap:" + sim.host() + ":" + sim.port() + "?clientCertificate=file:"
                          + dir.resolve("load.crt") + "&clientKey=file:" + dir.resolve("load.key")
                          + "&bridgeCertificate=file:" + dir.resolve("load-bridge.crt") + "&operation=";
            out.add(latency("LEAP read (ReadRequest /zone/N/status)", () -> template.send(base + "read",
                    e -> e.getMessage().setBody("/zone/" + zone + "/status"))));
            AtomicLong level = new AtomicLong();
            out.add(latency("LEAP goToLevel (CreateRequest GoToLevel)", () -> template.send(base + "goToLevel", e -> {
                e.setPattern(ExchangePattern.InOut);
                e.getMessage().setHeader(LutronConstants.ZONE_ID, zone);
                e.getMessage().setHeader(LutronConstants.LEVEL, (double) (level.incrementAndGet() % 101));
            })));
            Endpoint endpoint = camel.getEndpoint(base + "read");
            AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            for (int n : inFlight) {
                pipelined.add(pipelined(camel, producer, n, "/zone/" + zone + "/status"));
            }
            producer.stop();
        } finally {
            LoadHarness.deleteTree(dir);
        }
        return out;
    }

    private Latency latency(String command, Supplier<Exchange> send) {
        for (int i = 0; i < warmup; i++) {
            check(send.get());
        }
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            Exchange e = send.get();
            h.recordValue(System.nanoTime() - start);
            check(e);
        }
        Latency l = new Latency(command, h.getTotalCount(), h.getValueAtPercentile(50) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
        System.out.printf("  %-50s p50 %7.1f µs  p99 %7.1f µs  p99.9 %7.1f µs  max %8.1f µs%n", command, l.p50(), l.p99(),
                l.p999(), l.max());
        return l;
    }

    private static void check(Exchange e) {
        if (e.getException() != null) {
            throw new IllegalStateException("command failed: " + e.getException().getMessage(), e.getException());
        }
    }

    /** Keeps {@code n} reads in flight for the measured count and returns the rate the bridge answered them at. */
    private Pipelined pipelined(CamelContext camel, AsyncProducer producer, int n, String url) throws Exception {
        int warm = Math.max(warmup, 2000);
        run(camel, producer, n, url, warm);
        int count = Math.max(measured, 20_000);
        long start = System.nanoTime();
        run(camel, producer, n, url, count);
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("  LEAP reads with %4d in flight: %,10.0f commands/s%n", n, perSecond);
        return new Pipelined(n, perSecond);
    }

    private static void run(CamelContext camel, AsyncProducer producer, int n, String url, int count) throws Exception {
        Semaphore window = new Semaphore(n);
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < count; i++) {
            window.acquire();
            Exchange e = new DefaultExchange(camel, ExchangePattern.InOut);
            e.getMessage().setBody(url);
            producer.process(e, sync -> {
                if (e.getException() != null) {
                    failures.incrementAndGet();
                }
                window.release();
                done.countDown();
            });
        }
        if (!done.await(5, TimeUnit.MINUTES) || failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " pipelined reads failed");
        }
    }
}
