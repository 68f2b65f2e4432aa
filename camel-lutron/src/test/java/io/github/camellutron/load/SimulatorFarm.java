package io.github.camellutron.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Many simulated bridges in a process of their own, so that the scale run measures the heap and threads of the
 * component alone. Prints {@code lip PORT} and {@code leap PORT} lines, then {@code ready}; then reads commands from
 * standard input: {@code drop} (every bridge closes its sockets), {@code fire LINES REPEATS} (every bridge sends a
 * burst of zone reports, answered with {@code fired} when all are written), {@code quit}.
 */
public final class SimulatorFarm {

    private SimulatorFarm() {
    }

    public static void main(String[] args) throws Exception {
        int lipCount = Integer.parseInt(args[0]);
        int leapCount = Integer.parseInt(args[1]);
        Path files = Path.of(args[2]);
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("farm", true));
        List<LipBridgeSimulator> lip = new ArrayList<>();
        List<LeapBridgeSimulator> leap = new ArrayList<>();
        for (int i = 0; i < leapCount; i++) {
            LeapBridgeSimulator sim = LeapBridgeSimulator.builder().eventLoopGroup(group).build().start();
            sim.writeClientFiles(files, "leap" + i);
            leap.add(sim);
            System.out.println("leap " + sim.port() + " leap" + i);
        }
        for (int i = 0; i < lipCount; i++) {
            LipBridgeSimulator sim = LipBridgeSimulator.builder().eventLoopGroup(group).build().start();
            lip.add(sim);
            System.out.println("lip " + sim.port());
        }
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split(" ");
            switch (words[0]) {
                case "drop" -> {
                    lip.forEach(LipBridgeSimulator::dropConnections);
                    leap.forEach(LeapBridgeSimulator::dropConnections);
                    System.out.println("dropped");
                }
                case "fire" -> {
                    int lines = Integer.parseInt(words[1]);
                    long repeats = Long.parseLong(words[2]);
                    List<CompletableFuture<Void>> all = new ArrayList<>();
                    byte[] lipBurst = Throughput.lipBurst(lines);
                    for (LipBridgeSimulator sim : lip) {
                        all.add(sim.firehose(lipBurst, repeats));
                    }
                    for (LeapBridgeSimulator sim : leap) {
                        all.add(sim.firehose(Throughput.leapBurst(sim.zoneIds(), lines), repeats));
                    }
                    CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(10, TimeUnit.MINUTES);
                    System.out.println("fired");
                }
                case "quit" -> {
                    lip.forEach(LipBridgeSimulator::close);
                    leap.forEach(LeapBridgeSimulator::close);
                    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
                    System.out.println("bye");
                    System.out.flush();
                    return;
                }
                default -> System.out.println("unknown command " + line);
            }
            System.out.flush();
        }
    }
}
