package io.github.camellutron.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The end-to-end load harness: simulators over loopback into Camel routes, measured against bare Netty readers of the
 * same sockets in the same run. Writes {@code results.md} and the plots (PNG) to the output directory.
 * <p>
 * Run with {@code ./mvnw -B -pl camel-lutron -Pload test-compile exec:exec -Dload.args="..."}; arguments: the
 * scenarios to run ({@code throughput peers rtt discovery scale}, all by default), {@code --events N} (per measured burst, default
 * 5,000,000), {@code --runs N} (measured bursts per path, default 3), {@code --commands N} (measured round trips,
 * default 20,000), {@code --bridges LEAP,LIP} (scale run, default {@code 100,1000}), {@code --protocol lip|leap}
 * (throughput and peers of one protocol only), {@code --peer-src DIR} (source trees of pylutron and pylutron-caseta,
 * {@code DIR/pylutron} and {@code DIR/pylutron-caseta}, for when pip cannot install them), {@code --out DIR} (default
 * {@code target/load}).
 */
public final class LoadHarness {

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> scenarios = new LinkedHashSet<>();
        long events = 5_000_000;
        int runs = 3;
        int commands = 20_000;
        int leapBridges = 100;
        int lipBridges = 1000;
        Path out = Path.of("target", "load");
        Path peerSrc = null;
        Set<String> protocols = new LinkedHashSet<>(List.of("lip", "leap"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i].replace("_", ""));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--commands" -> commands = Integer.parseInt(args[++i].replace("_", ""));
                case "--bridges" -> {
                    String[] counts = args[++i].split(",");
                    leapBridges = Integer.parseInt(counts[0].trim());
                    lipBridges = Integer.parseInt(counts[1].trim());
                }
                case "--out" -> out = Path.of(args[++i]);
                case "--peer-src" -> peerSrc = Path.of(args[++i]);
                case "--protocol" -> protocols = Set.of(args[++i].toLowerCase(Locale.ROOT));
                case "throughput", "peers", "rtt", "discovery", "scale" -> scenarios.add(args[i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                                                              + "; scenarios: throughput peers rtt discovery scale; options:"
                                                              + " --events N --runs N --commands N --bridges LEAP,LIP"
                                                              + " --protocol lip|leap --peer-src DIR --out DIR");
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(List.of("throughput", "peers", "rtt", "discovery", "scale"));
        }
        Files.createDirectories(out);
        Report report = new Report(out);
        report.heading(machine());
        if (scenarios.contains("throughput")) {
            System.out.println("Throughput (" + events + " events per burst, median of " + runs + " bursts):");
            Throughput throughput = new Throughput(events, runs);
            List<Throughput.Result> results = new ArrayList<>();
            if (protocols.contains("lip")) {
                results.add(throughput.lip());
            }
            if (protocols.contains("leap")) {
                results.add(throughput.leap());
            }
            report.throughput(results);
        }
        if (scenarios.contains("peers")) {
            System.out.println("Peers and anchors, one external source process per protocol (" + events
                               + " events per burst, median of " + runs + " bursts):");
            report.peers(new Peers(events, runs, peerSrc, out).run(protocols));
        }
        if (scenarios.contains("rtt")) {
            System.out.println("Command round trips (" + commands + " measured, one at a time):");
            RoundTrip rtt = new RoundTrip(Math.max(2000, commands / 4), commands);
            List<RoundTrip.Latency> latencies = new ArrayList<>(rtt.lip());
            List<RoundTrip.Pipelined> pipelined = new ArrayList<>();
            latencies.addAll(rtt.leap(pipelined, new int[] { 1, 4, 16, 64, 256 }));
            report.roundTrips(latencies, pipelined);
        }
        if (scenarios.contains("discovery")) {
            System.out.println("Discovery of a large RadioRA 3 house (100 areas, 1000 zones, 300 keypads):");
            List<DiscoveryLoad.Result> discovery = DiscoveryLoad.run(DiscoveryLoad.Settings.defaults());
            System.out.println(DiscoveryLoad.table(discovery));
            report.discovery(discovery);
        }
        if (scenarios.contains("scale")) {
            System.out.println("Scale (" + leapBridges + " LEAP and " + lipBridges + " LIP bridges in one context):");
            report.scale(new ScaleLoad(leapBridges, lipBridges).run());
        }
        report.write();
        System.out.println("Wrote " + out.resolve("results.md").toAbsolutePath() + " and its plots");
    }

    /** What the figures were measured on. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%s, %d cores, Java %s (%s), max heap %d MiB, %s", Instant.now(), rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20,
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
