package io.github.camellutron.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three Camel nodes, each a JVM of its own ({@link ClusterNode}), share a real ZooKeeper server and lead the LIP and
 * the LEAP simulator bridge per bridge. At any time each bridge has one session; the leader of the LIP bridge is
 * killed with SIGKILL, and another node takes over once the dead node's ZooKeeper session expires, resyncs and keeps
 * delivering. The take-over time and any overlap of sessions are measured and printed, and written to
 * {@code target/zookeeper-takeover.txt}.
 */
class ZooKeeperClusterTest {

    /** ZooKeeper allows session timeouts of 2 to 20 ticks. */
    private static final int TICK_MILLIS = 250;
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(3);
    private static final int KITCHEN_DOWNLIGHTS = 10;
    private static final int NODES = 3;

    @TempDir
    Path dir;

    private TestingServer zooKeeper;
    private LipBridgeSimulator lip;
    private LeapBridgeSimulator leap;
    private final List<Node> nodes = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "session-sampler");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SessionSampler> samplers = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        zooKeeper = new TestingServer(new InstanceSpec(dir.resolve("zk").toFile(), -1, -1, -1, true, 1, TICK_MILLIS, -1),
                true);
        lip = LipBridgeSimulator.builder().httpPort(0).build().start();
        leap = LeapBridgeSimulator.builder().build().start();
        leap.writeClientFiles(dir, "leap");
        samplers.put("lip", new SessionSampler(lip::connectionCount));
        samplers.put("leap", new SessionSampler(leap::connectionCount));
        sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);

        String lipUri = "lutron-lip:" + lip.host() + ":" + lip.port() + "?reconnectDelay=100&integrationReport="
                        + lip.integrationReportUrl();
        String leapUri = "lutron-leap:127.0.0.1:" + leap.port() + "?clientCertificate=file:" + dir.resolve("leap.crt")
                         + "&clientKey=file:" + dir.resolve("leap.key") + "&bridgeCertificate=file:"
                         + dir.resolve("leap-bridge.crt") + "&reconnectDelay=100";
        for (int i = 1; i <= NODES; i++) {
            nodes.add(Node.start("node-" + i, zooKeeper.getConnectString(), SESSION_TIMEOUT, "lip=" + lipUri,
                    "leap=" + leapUri));
        }
    }

    @AfterEach
    void stop() throws Exception {
        sampler.shutdownNow();
        nodes.forEach(Node::kill);
        if (leap != null) {
            leap.close();
        }
        if (lip != null) {
            lip.close();
        }
        if (zooKeeper != null) {
            zooKeeper.close();
        }
    }

    /** Measures, not waits: how many sessions each bridge has, every 5 ms. */
    private void sample() {
        long now = System.nanoTime();
        samplers.values().forEach(s -> s.sample(now));
    }

    @Test
    void eachBridgeHasOneSessionAndAKilledLeaderIsReplaced() throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> nodes.stream().allMatch(n -> n.has(STARTED)));
        Node lipLeader = awaitLeader("lip", nodes);
        Node leapLeader = awaitLeader("leap", nodes);
        await().atMost(Duration.ofSeconds(30)).until(() -> lipLeader.has(resyncOf("lip")));
        await().atMost(Duration.ofSeconds(30)).until(() -> lip.connectionCount() == 1 && leap.connectionCount() == 1);
        assertThat(nodes.stream().filter(n -> n.has(connected("lip")))).containsExactly(lipLeader);
        assertThat(nodes.stream().filter(n -> n.has(connected("leap")))).containsExactly(leapLeader);

        long killedAt = System.nanoTime();
        lipLeader.kill();
        List<Node> survivors = nodes.stream().filter(n -> n != lipLeader).toList();
        Node newLeader = awaitLeader("lip", survivors);
        long connectedAt = newLeader.firstTime(connected("lip"));
        await().atMost(Duration.ofSeconds(30)).until(() -> newLeader.has(resyncOf("lip")));
        long resyncedAt = newLeader.firstTime(resyncOf("lip"));

        // the new leader keeps delivering what happens at the bridge
        lip.setLevelFromWall(KITCHEN_DOWNLIGHTS, 35);
        await().atMost(Duration.ofSeconds(10)).until(() -> newLeader.has(l -> l.startsWith(
                ClusterNode.EVENT + " " + newLeader.id + " lip ZoneStatus " + KITCHEN_DOWNLIGHTS + " false 35.0")));
        await().atMost(Duration.ofSeconds(10)).until(() -> lip.connectionCount() == 1);
        if (leapLeader == lipLeader) {
            awaitLeader("leap", survivors);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> leap.connectionCount() == 1);

        Duration takeOver = Duration.ofNanos(connectedAt - killedAt);
        Duration resynced = Duration.ofNanos(resyncedAt - killedAt);
        SessionSampler lipSessions = samplers.get("lip");
        SessionSampler leapSessions = samplers.get("leap");
        String report = String.format(
                "ZooKeeper session timeout %d ms, tick %d ms, %d nodes%n"
                + "LIP leader %s killed (SIGKILL); %s connected after %d ms, first resync event after %d ms%n"
                + "LIP bridge: at most %d sessions at once, %d ms with more than one, %d ms with none%n"
                + "LEAP bridge: at most %d sessions at once, %d ms with more than one%n",
                SESSION_TIMEOUT.toMillis(), TICK_MILLIS, NODES, lipLeader.id, newLeader.id, takeOver.toMillis(),
                resynced.toMillis(), lipSessions.max, lipSessions.overlapNanos / 1_000_000,
                lipSessions.noneNanos / 1_000_000, leapSessions.max, leapSessions.overlapNanos / 1_000_000);
        System.out.print(report);
        Files.writeString(Path.of("target", "zookeeper-takeover.txt"), report, StandardCharsets.UTF_8);

        // a dead node leads until its ZooKeeper session expires; then the bridge is taken over at once
        assertThat(takeOver).isGreaterThanOrEqualTo(SESSION_TIMEOUT.dividedBy(2)).isLessThan(SESSION_TIMEOUT.plusSeconds(15));
        // two sessions for a bridge never last longer than a ZooKeeper session
        assertThat(Duration.ofNanos(lipSessions.overlapNanos)).isLessThan(SESSION_TIMEOUT);
        assertThat(Duration.ofNanos(leapSessions.overlapNanos)).isLessThan(SESSION_TIMEOUT);
    }

    private static final String STARTED = ClusterNode.STARTED;

    private static Predicate<String> connected(String bridge) {
        return l -> l.matches(ClusterNode.EVENT + " \\S+ " + bridge + " Connection Connected .*");
    }

    private static Predicate<String> resyncOf(String bridge) {
        return l -> l.matches(ClusterNode.EVENT + " \\S+ " + bridge + " ZoneStatus \\d+ true .*");
    }

    private static Node awaitLeader(String bridge, List<Node> candidates) {
        await().atMost(Duration.ofSeconds(60)).until(() -> candidates.stream().anyMatch(n -> n.alive() && n.has(
                connected(bridge))));
        return candidates.stream().filter(n -> n.alive() && n.has(connected(bridge))).findFirst().orElseThrow();
    }

    /** How many sessions a simulator had at once, and for how long more than one or none. */
    private static final class SessionSampler {
        private final IntSupplier sessions;
        private int max;
        private long overlapNanos;
        private long noneNanos;
        private long last;
        private boolean seenOne;

        SessionSampler(IntSupplier sessions) {
            this.sessions = sessions;
        }

        void sample(long now) {
            int n = sessions.getAsInt();
            long elapsed = last == 0 ? 0 : now - last;
            last = now;
            max = Math.max(max, n);
            if (n > 1) {
                overlapNanos += elapsed;
            }
            if (n == 0 && seenOne) {
                noneNanos += elapsed;
            }
            seenOne |= n > 0;
        }
    }

    /** A {@link ClusterNode} process and the lines it printed, each with the time it was read. */
    private static final class Node {
        final String id;
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

        private Node(String id, Process process) {
            this.id = id;
            this.process = process;
            Thread reader = new Thread(this::read, id + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Node start(String id, String zooKeeper, Duration sessionTimeout, String... bridges) throws IOException {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx192m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    ClusterNode.class.getName(), id, zooKeeper, String.valueOf(sessionTimeout.toMillis())));
            command.addAll(List.of(bridges));
            return new Node(id, new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    firstSeen.putIfAbsent(line, System.nanoTime());
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }

        boolean has(String prefix) {
            return has(l -> l.startsWith(prefix));
        }

        boolean has(Predicate<String> match) {
            return lines.stream().anyMatch(match);
        }

        long firstTime(Predicate<String> match) {
            return lines.stream().filter(match).map(firstSeen::get).findFirst().orElseThrow();
        }

        boolean alive() {
            return process.isAlive();
        }

        /** SIGKILL: no shutdown hook, no goodbye to ZooKeeper or the bridge. */
        void kill() {
            process.destroyForcibly();
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
