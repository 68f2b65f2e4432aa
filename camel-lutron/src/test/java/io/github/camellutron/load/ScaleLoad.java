package io.github.camellutron.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;

/**
 * Many bridges in one CamelContext: the simulators run in a process of their own ({@link SimulatorFarm}); this JVM
 * holds only the component. Routes are added in steps; after each the heap in use after a full GC, the live threads and
 * the time until every new bridge is {@code Connected}. With all of them up: every link dropped at once and the time
 * until all are {@code Connected} again, then every bridge firing zone reports at once and the events per second all
 * routes together take.
 */
final class ScaleLoad {

    record Step(int bridges, double heapMiB, int threads, double connectSeconds, double reconnectSeconds,
            double eventsPerSecond) {
    }

    /** Heap per bridge beyond the first, from the first and the last step. */
    static double perBridgeKiB(List<Step> steps) {
        Step first = steps.stream().filter(st -> st.bridges() == 1).findFirst().orElse(null);
        Step last = steps.get(steps.size() - 1);
        if (first == null || last.bridges() <= 1) {
            return Double.NaN;
        }
        return (last.heapMiB() - first.heapMiB()) * 1024 / (last.bridges() - 1);
    }

    record Series(String protocol, List<Step> steps) {
    }

    record Result(List<Series> series, String notes) {
    }

    private final int leapBridges;
    private final int lipBridges;
    private final AtomicLong connected = new AtomicLong();
    private final AtomicLong events = new AtomicLong();

    ScaleLoad(int leapBridges, int lipBridges) {
        this.leapBridges = leapBridges;
        this.lipBridges = lipBridges;
    }

    Result run() throws Exception {
        Path files = Files.createTempDirectory("lutron-farm");
        Process farm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), SimulatorFarm.class.getName(),
                String.valueOf(lipBridges), String.valueOf(leapBridges), files.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader farmOut = new BufferedReader(new InputStreamReader(farm.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter farmIn = new PrintWriter(farm.getOutputStream(), true, StandardCharsets.UTF_8);
        List<String> leapUris = new ArrayList<>();
        List<String> lipUris = new ArrayList<>();
        String line;
        while (!"ready".equals(line = farmOut.readLine())) {
            if (line == null) {
                throw new IllegalStateException("the simulator farm ended before it was ready");
            }
            String[] w = line.split(" ");
            if (w[0].equals("lip")) {
                lipUris.add("lutron-lip:127.0.0.1:" + w[1]);
            } else if (w[0].equals("leap")) {
                Path f = files.resolve(w[2]);
                leapUris.add("lutron-leap:127.0.0.1:" + w[1] + "?clientCertificate=file:" + f + ".crt&clientKey=file:"
                             + f + ".key&bridgeCertificate=file:" + f + "-bridge.crt");
            }
        }
        List<Series> series = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        CamelContext camel = new DefaultCamelContext();
        try {
            camel.start();
            long base = usedHeap();
            int baseThreads = ManagementFactory.getThreadMXBean().getThreadCount();
            notes.append(String.format("Before any bridge: %.1f MiB of heap in use, %d threads.", base / 1048576.0,
                    baseThreads));
            long before = base;
            int offset = 0;
            for (String[] protocol : new String[][] { { "LEAP" }, { "LIP" } }) {
                List<String> uris = protocol[0].equals("LEAP") ? leapUris : lipUris;
                List<Step> steps = new ArrayList<>();
                steps.add(new Step(0, 0, ManagementFactory.getThreadMXBean().getThreadCount() - baseThreads, 0, -1, -1));
                int added = 0;
                // the first bridge of a protocol also loads its classes and sets up TLS and JSON: the steps after it
                // show what one more bridge costs
                for (int target : new int[] { 1, Math.max(2, uris.size() / 4), Math.max(3, uris.size() / 2),
                                              uris.size() }) {
                    if (target > uris.size() || target <= added) {
                        continue;
                    }
                    long start = System.nanoTime();
                    long want = connected.get() + (target - added);
                    for (; added < target; added++) {
                        addRoute(camel, protocol[0] + added, uris.get(added));
                    }
                    await(() -> connected.get() >= want, "every new " + protocol[0] + " bridge Connected");
                    double connectSeconds = (System.nanoTime() - start) / 1e9;
                    long heap = usedHeap();
                    steps.add(new Step(target, (heap - before) / 1048576.0,
                            ManagementFactory.getThreadMXBean().getThreadCount() - baseThreads, connectSeconds, -1, -1));
                    System.out.printf("  %s %5d bridges: extra heap %6.1f MiB, %d extra threads, connected in %.2f s%n",
                            protocol[0], target, (heap - before) / 1048576.0,
                            ManagementFactory.getThreadMXBean().getThreadCount() - baseThreads, connectSeconds);
                }
                before = usedHeap();
                offset += uris.size();
                series.add(new Series(protocol[0], steps));
            }
            int total = offset;
            // every link drops at once, as a site-wide network outage would do it
            long drop = connected.get() + total;
            long start = System.nanoTime();
            farmIn.println("drop");
            expect(farmOut, "dropped");
            await(() -> connected.get() >= drop, "every bridge Connected again");
            double reconnect = (System.nanoTime() - start) / 1e9;
            System.out.printf("  all %d bridges Connected again %.2f s after every link dropped%n", total, reconnect);
            // every bridge fires at once
            int lines = 200;
            int repeats = 50;
            long expected = (long) total * lines * repeats;
            events.set(0);
            start = System.nanoTime();
            farmIn.println("fire " + lines + " " + repeats);
            expect(farmOut, "fired");
            await(() -> events.get() >= expected, "every fired event routed");
            double perSecond = expected / ((System.nanoTime() - start) / 1e9);
            int threads = ManagementFactory.getThreadMXBean().getThreadCount() - baseThreads;
            System.out.printf("  %,d events from %d bridges at once: %,.0f events/s, %d extra threads%n", expected,
                    total, perSecond, threads);
            for (Series s : series) {
                Step last = s.steps().remove(s.steps().size() - 1);
                s.steps().add(new Step(last.bridges(), last.heapMiB(), last.threads(), last.connectSeconds(), reconnect,
                        perSecond));
            }
            notes.append(String.format(" With all %d bridges up: every link dropped at once, all Connected again in"
                                       + " %.2f s; %,d zone reports fired by all bridges at once were routed at %,.0f"
                                       + " events/s with %d threads more than before the first bridge.",
                    total, reconnect, expected, perSecond, threads));
        } finally {
            camel.close();
            farmIn.println("quit");
            farm.waitFor(30, TimeUnit.SECONDS);
            farm.destroyForcibly();
            LoadHarness.deleteTree(files);
        }
        return new Result(series, notes.toString());
    }

    private void addRoute(CamelContext camel, String id, String uri) throws Exception {
        Processor count = (Exchange e) -> {
            Object event = e.getMessage().getBody();
            if (event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) {
                connected.incrementAndGet();
            } else if (event instanceof ZoneStatus z && !z.resync()) {
                events.incrementAndGet();
            }
        };
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(id).process(count);
            }
        });
    }

    private static void expect(BufferedReader farmOut, String word) throws Exception {
        String line = farmOut.readLine();
        if (!word.equals(line)) {
            throw new IllegalStateException("the simulator farm said " + line + " instead of " + word);
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(5, TimeUnit.MINUTES).pollInterval(Duration.ofMillis(10))
                .until(condition::getAsBoolean);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
