package io.github.camellutron.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Camel nodes (two contexts in this JVM, each with its own file-lock cluster service on one lock directory)
 * run {@link ClusteredRoutes} against one simulated bridge: only the leader holds the bridge session, and when it
 * stops the other node takes over, connects and resyncs.
 */
class ClusteredRoutesTest {

    private static final String NAMESPACE = "lutron-home";
    private static final Duration LOCK_INTERVAL = Duration.ofMillis(200);
    /** Room for a takeover: a lock interval, camel-master's one second before it starts the consumer, a connect. */
    private static final Duration TAKEOVER = Duration.ofSeconds(8);
    private static final int LIVING_ROOM_LAMPS = 13;

    @TempDir
    Path lockRoot;

    private LipBridgeSimulator simulator;
    private BridgeEndpoint bridge;
    private CamelContext node1;
    private CamelContext node2;

    @BeforeEach
    void startBridge() {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        // the report lets a new session resync every zone of the house, not only those it has seen
        bridge = new BridgeEndpoint("lip", "lutron-lip:" + simulator.host() + ":" + simulator.port()
                                           + "?reconnectDelay=50&integrationReport="
                                           + simulator.integrationReportUrl());
    }

    @AfterEach
    void stopAll() {
        for (CamelContext node : new CamelContext[] { node1, node2 }) {
            if (node != null) {
                node.stop();
            }
        }
        simulator.close();
    }

    private CamelContext startNode(String id) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        context.addService(ClusteredRoutes.fileLockClusterService(id, lockRoot, LOCK_INTERVAL));
        context.addRoutes(new ClusteredRoutes(bridge, NAMESPACE, "mock:events"));
        context.start();
        return context;
    }

    private static List<LutronEvent> events(CamelContext node) {
        return node.getEndpoint("mock:events", MockEndpoint.class).getReceivedExchanges().stream()
                .map(Exchange::getMessage)
                .map(m -> m.getBody(LutronEvent.class))
                .toList();
    }

    private static boolean connected(LutronEvent event) {
        return event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected;
    }

    private static boolean leads(CamelContext node) {
        return node.hasService(CamelClusterService.class).isLeader(NAMESPACE)
               && ((MasterConsumer) node.getRoute("clustered-lip").getConsumer()).isMaster();
    }

    private static boolean hasLevel(CamelContext node, double level, boolean resync) {
        return events(node).stream().anyMatch(e -> e instanceof ZoneStatus z && z.zoneId() == LIVING_ROOM_LAMPS
                                                   && z.level() == level && z.resync() == resync);
    }

    @Test
    void onlyTheLeaderHoldsTheBridgeAndTheOtherNodeTakesOverAndResyncs() throws Exception {
        node1 = startNode("node-1");
        node2 = startNode("node-2");

        await().atMost(TAKEOVER).until(() -> events(node1).stream().anyMatch(ClusteredRoutesTest::connected)
                                             || events(node2).stream().anyMatch(ClusteredRoutesTest::connected));
        CamelContext leader = events(node1).isEmpty() ? node2 : node1;
        CamelContext follower = leader == node1 ? node2 : node1;

        // stays so for several lock intervals: the follower neither consumes nor opens a session of its own
        await().during(LOCK_INTERVAL.multipliedBy(5)).atMost(TAKEOVER)
                .until(() -> simulator.connectionCount() == 1 && events(follower).isEmpty());
        assertThat(simulator.loginCount()).isEqualTo(1);
        assertThat(leads(leader)).isTrue();
        assertThat(leads(follower)).isFalse();

        simulator.setLevelFromWall(LIVING_ROOM_LAMPS, 40);
        await().atMost(TAKEOVER).until(() -> hasLevel(leader, 40, false));
        assertThat(events(follower)).isEmpty();

        leader.stop();

        await().atMost(TAKEOVER).until(() -> simulator.loginCount() == 2 && simulator.connectionCount() == 1);
        assertThat(leads(follower)).isTrue();
        Set<Integer> zones = Set.copyOf(simulator.house().zoneIds());
        await().atMost(TAKEOVER).until(() -> resyncedZones(follower).equals(zones));
        assertThat(events(follower).get(0)).matches(ClusteredRoutesTest::connected, "Connected first");
        assertThat(hasLevel(follower, 40, true)).isTrue();

        simulator.setLevelFromWall(LIVING_ROOM_LAMPS, 75);
        await().atMost(TAKEOVER).until(() -> hasLevel(follower, 75, false));
        assertThat(simulator.connectionCount()).isEqualTo(1);
    }

    private static Set<Integer> resyncedZones(CamelContext node) {
        return events(node).stream()
                .filter(e -> e instanceof ZoneStatus z && z.resync())
                .map(e -> ((ZoneStatus) e).zoneId())
                .collect(Collectors.toSet());
    }
}
