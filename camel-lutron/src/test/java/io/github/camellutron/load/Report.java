package io.github.camellutron.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The harness's output: {@code results.md} with a table per scenario, and a PNG plot for each. */
final class Report {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;

    private final Path dir;
    private final StringBuilder md = new StringBuilder();

    Report(Path dir) {
        this.dir = dir;
    }

    void heading(String machine) {
        md.append("# Load harness results\n\n").append(machine).append("\n\n");
    }

    void throughput(List<Throughput.Result> results) throws IOException {
        md.append("## Events per second\n\n")
                .append("| protocol | path | events/s (median) | fraction of the fastest bare reader | CPU µs/event (whole JVM)"
                        + " | runs (M/s) |\n")
                .append("|---|---|---:|---:|---:|---|\n");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Events per second over loopback (median)").yAxisTitle("million events/s").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("#0.00");
        List<String> protocols = new ArrayList<>();
        List<Double> limit = new ArrayList<>();
        List<Double> route = new ArrayList<>();
        List<Double> ioThread = new ArrayList<>();
        List<Double> noJmx = new ArrayList<>();
        for (Throughput.Result r : results) {
            double max = r.limit().perSecond();
            for (Throughput.Figure f : r.bare()) {
                row(r.protocol(), f, max);
            }
            for (Throughput.Figure f : r.routes()) {
                row(r.protocol(), f, max);
            }
            protocols.add(r.protocol());
            limit.add(max / 1e6);
            route.add(r.routes().get(0).perSecond() / 1e6);
            ioThread.add(r.routes().get(1).perSecond() / 1e6);
            noJmx.add(r.routes().get(2).perSecond() / 1e6);
        }
        md.append("\n![events per second](throughput.png)\n\n");
        chart.addSeries("bare Netty reader (the limit)", protocols, limit);
        chart.addSeries("Camel route", protocols, route);
        chart.addSeries("Camel route, usingExecutorService=false", protocols, ioThread);
        chart.addSeries("Camel route, JMX off", protocols, noJmx);
        BitmapEncoder.saveBitmap(chart, dir.resolve("throughput.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private void row(String protocol, Throughput.Figure f, double max) {
        md.append(String.format("| %s | %s | %,.0f | %.2f | %.2f | %s |%n", protocol, f.path(), f.perSecond(),
                f.perSecond() / max, f.cpuMicros(), f.runsText()));
    }

    void peers(Peers.Result r) throws IOException {
        md.append("## Peers and anchors: the same external source process\n\n")
                .append("Every row of a protocol reads the same pre-encoded burst from the same Python source process"
                        + " (`peer_source.py`), except Camel's ceiling, which has no I/O. CPU per event: the whole JVM"
                        + " (process CPU time, every thread) for the JVM rows, `time.process_time()` of the driver"
                        + " process for the Python rows; the source's own CPU beside it.\n\n")
                .append("| protocol | row | events/s (median) | CPU µs/event | source CPU µs/event | runs (M/s) |\n")
                .append("|---|---|---:|---:|---:|---|\n");
        List<String> names = new ArrayList<>();
        Map<Peers.Kind, List<Double>> rate = new EnumMap<>(Peers.Kind.class);
        Map<Peers.Kind, List<Double>> cpu = new EnumMap<>(Peers.Kind.class);
        for (Peers.Kind k : Peers.Kind.values()) {
            rate.put(k, new ArrayList<>());
            cpu.put(k, new ArrayList<>());
        }
        for (Peers.Row row : r.rows()) {
            md.append(String.format("| %s | %s | %,.0f | %.2f | %s | %s |%n", row.protocol(), row.path(),
                    row.perSecond(), row.cpuMicros(), Double.isNaN(row.sourceCpuMicros()) ? ""
                            : String.format("%.3f", row.sourceCpuMicros()), row.runsText()));
            names.add(row.protocol() + " " + shortName(row.path()));
            // one series per kind, overlapped: a bar's colour says product, anchor or peer
            for (Peers.Kind k : Peers.Kind.values()) {
                rate.get(k).add(k == row.kind() ? row.perSecond() / 1e6 : null);
                cpu.get(k).add(k == row.kind() ? row.cpuMicros() : null);
            }
        }
        md.append("\n");
        for (String note : r.notes()) {
            md.append("- ").append(note).append("\n");
        }
        md.append("\n| target | measured | ratio | met |\n|---|---|---:|---|\n");
        target(r, "LEAP events/s vs pylutron-caseta, at least 2x", "LEAP", Peers.ROUTE, "LEAP", PeerPython.CASETA,
                false, 2.0, true);
        target(r, "LEAP CPU µs/event vs pylutron-caseta, at most 0.5x", "LEAP", Peers.ROUTE, "LEAP",
                PeerPython.CASETA, true, 0.5, false);
        target(r, "LIP events/s vs Camel's ceiling, at least 0.9x", "LIP", Peers.ROUTE, "LIP", Peers.CEILING, false,
                0.9, true);
        target(r, "LIP events/s vs camel-netty textline, at least 1.5x", "LIP", Peers.ROUTE, "LIP", Peers.NETTY, false,
                1.5, true);
        target(r, "LIP CPU µs/event vs pylutron, at most 0.2x", "LIP", Peers.ROUTE, "LIP", PeerPython.PYLUTRON, true,
                0.2, false);
        if (names.isEmpty()) {
            return;
        }
        CategoryChart rates = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Same external source: events per second (median)").yAxisTitle("million events/s").build();
        CategoryChart cpus = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Same external source: CPU per event (JVM rows: the whole JVM)").yAxisTitle("µs/event")
                .build();
        for (CategoryChart c : List.of(rates, cpus)) {
            c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
            c.getStyler().setOverlapped(true);
            c.getStyler().setLabelsVisible(true);
            c.getStyler().setXAxisLabelRotation(20);
        }
        rates.getStyler().setDecimalPattern("#0.000");
        cpus.getStyler().setDecimalPattern("#0.00");
        Map<Peers.Kind, String> label = Map.of(Peers.Kind.PRODUCT, "camel-lutron", Peers.Kind.ANCHOR,
                "Camel anchors", Peers.Kind.PEER, "Python peers");
        for (Peers.Kind k : Peers.Kind.values()) {
            if (rate.get(k).stream().anyMatch(v -> v != null)) {
                rates.addSeries(label.get(k), names, rate.get(k));
                cpus.addSeries(label.get(k), names, cpu.get(k));
            }
        }
        BitmapEncoder.saveBitmap(List.of(rates, cpus), 2, 1, dir.resolve("peers.png").toString(),
                BitmapEncoder.BitmapFormat.PNG);
        md.append("\n![peers](peers.png)\n\n");
    }

    private static String shortName(String path) {
        if (path.startsWith(Peers.POOLED)) {
            return "camel-lutron pooled";
        }
        if (path.startsWith(Peers.ROUTE)) {
            return "camel-lutron";
        }
        if (path.startsWith(Peers.NETTY)) {
            return "camel-netty textline";
        }
        if (path.startsWith(Peers.CEILING_POOLED)) {
            return "Camel ceiling pooled";
        }
        if (path.startsWith(Peers.CEILING)) {
            return "Camel ceiling";
        }
        return path;
    }

    private void target(Peers.Result r, String name, String protocol, String row, String againstProtocol,
                        String against, boolean cpu, double bound, boolean atLeast) {
        Peers.Row a = r.find(protocol, row);
        Peers.Row b = r.find(againstProtocol, against);
        if (a == null || b == null) {
            md.append(String.format("| %s | not measured | | |%n", name));
            return;
        }
        double x = cpu ? a.cpuMicros() : a.perSecond();
        double y = cpu ? b.cpuMicros() : b.perSecond();
        double ratio = x / y;
        String measured = cpu ? String.format("%.2f vs %.2f µs/event", x, y)
                : String.format("%,.0f vs %,.0f events/s", x, y);
        md.append(String.format("| %s | %s | %.2fx | %s |%n", name, measured, ratio,
                (atLeast ? ratio >= bound : ratio <= bound) ? "yes" : "no"));
    }

    void roundTrips(List<RoundTrip.Latency> latencies, List<RoundTrip.Pipelined> pipelined) throws IOException {
        md.append("## Command round trips (InOut, one at a time, microseconds)\n\n")
                .append("| command | count | p50 | p99 | p99.9 | max |\n|---|---:|---:|---:|---:|---:|\n");
        List<String> names = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> p999 = new ArrayList<>();
        for (RoundTrip.Latency l : latencies) {
            md.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", l.command(), l.count(), l.p50(),
                    l.p99(), l.p999(), l.max()));
            names.add(l.command().replaceAll(" \\(.*", ""));
            p50.add(l.p50());
            p99.add(l.p99());
            p999.add(l.p999());
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Command round trip over loopback").yAxisTitle("microseconds").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern("#0");
        chart.addSeries("p50", names, p50);
        chart.addSeries("p99", names, p99);
        chart.addSeries("p99.9", names, p999);
        BitmapEncoder.saveBitmap(chart, dir.resolve("rtt.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        md.append("\n![round trips](rtt.png)\n\n");

        md.append("## Pipelined LEAP reads\n\n| in flight | commands/s |\n|---:|---:|\n");
        List<Integer> n = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (RoundTrip.Pipelined p : pipelined) {
            md.append(String.format("| %d | %,.0f |%n", p.inFlight(), p.perSecond()));
            n.add(p.inFlight());
            rate.add(p.perSecond());
        }
        XYChart xy = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Pipelined LEAP reads")
                .xAxisTitle("requests in flight").yAxisTitle("commands/s").build();
        xy.getStyler().setXAxisLogarithmic(true).setLegendVisible(false);
        xy.addSeries("commands/s", n, rate);
        BitmapEncoder.saveBitmap(xy, dir.resolve("pipelined.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        md.append("\n![pipelined](pipelined.png)\n\n");
    }

    void discovery(List<DiscoveryLoad.Result> results) throws IOException {
        md.append("## Discovery of a large RadioRA 3 house (100 areas, 1000 zones, 300 keypads)\n\n")
                .append(DiscoveryLoad.table(results)).append("\n![discovery](discovery.png)\n\n");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Start to Connected, large house")
                .xAxisTitle("discoveryConcurrency (requests in flight)").yAxisTitle("ms").build();
        chart.getStyler().setXAxisLogarithmic(true).setLegendPosition(Styler.LegendPosition.InsideNE);
        results.stream().map(DiscoveryLoad.Result::answerDelay).distinct().forEach(delay -> {
            List<Integer> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            results.stream().filter(r -> r.answerDelay().equals(delay)).forEach(r -> {
                x.add(r.concurrency());
                y.add(r.connectMillis());
            });
            chart.addSeries(delay.isZero() ? "loopback" : delay.toMillis() + " ms per answer", x, y);
        });
        BitmapEncoder.saveBitmap(chart, dir.resolve("discovery.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    void scale(ScaleLoad.Result r) throws IOException {
        md.append("## Many bridges in one CamelContext\n\n")
                .append("| protocol | bridges | extra heap (MiB) | extra threads | all Connected (s) "
                        + "| reconnected after all links dropped (s) | events/s, all bridges |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Extra heap vs bridges")
                .xAxisTitle("bridges").yAxisTitle("MiB").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(6);
        for (ScaleLoad.Series s : r.series()) {
            List<Integer> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (ScaleLoad.Step step : s.steps()) {
                md.append(String.format("| %s | %d | %.1f | %d | %.2f | %s | %s |%n", s.protocol(),
                        step.bridges(), step.heapMiB(), step.threads(), step.connectSeconds(), step.reconnectSeconds() < 0 ? ""
                                : String.format("%.2f", step.reconnectSeconds()),
                        step.eventsPerSecond() < 0 ? "" : String.format("%,.0f", step.eventsPerSecond())));
                x.add(step.bridges());
                y.add(step.heapMiB());
            }
            chart.addSeries(s.protocol(), x, y);
            md.append(String.format("| %s | each bridge after the first | %.0f KiB | | | | |%n", s.protocol(),
                    ScaleLoad.perBridgeKiB(s.steps())));
        }
        BitmapEncoder.saveBitmap(chart, dir.resolve("heap.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        md.append("\n![heap](heap.png)\n\n").append(r.notes()).append("\n");
    }

    void write() throws IOException {
        Files.writeString(dir.resolve("results.md"), md.toString());
    }
}
