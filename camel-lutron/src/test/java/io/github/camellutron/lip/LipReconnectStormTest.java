package io.github.camellutron.lip;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.AbstractLutronConsumer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A building's network blip: 100 LIP bridges in one CamelContext, all dropped at once, come back spread over the
 * jittered backoff window instead of all in the same few milliseconds, and every route gets its session again in
 * order: {@code Connected}, the resync snapshot, then live events.
 */
class LipReconnectStormTest extends CamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(LipReconnectStormTest.class);
    private static final int BRIDGES = 100;
    private static final long RECONNECT_DELAY_MS = 1000;
    private static final int ZONE = 10;

    private final EventLoopGroup simulatorLoops = new NioEventLoopGroup(2, new DefaultThreadFactory("storm-sim", true));
    private final List<LipBridgeSimulator> bridges = new ArrayList<>();
    /** Per route, what it got, in order: C(onnected), D(isconnected), R(esync level), L(ive level). */
    private final List<List<String>> seen = new ArrayList<>();

    @AfterEach
    void closeBridges() {
        bridges.forEach(LipBridgeSimulator::close);
        simulatorLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private static String kind(Exchange e) {
        Object state = e.getMessage().getHeader(LutronConstants.CONNECTION_STATE);
        if (state != null) {
            return "Connected".equals(state) ? "C" : "D";
        }
        boolean resync = Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC));
        return (resync ? "R" : "L") + e.getMessage().getHeader(LutronConstants.ZONE_ID) + "="
               + e.getMessage().getHeader(LutronConstants.LEVEL);
    }

    private List<String> seen(int bridge) {
        synchronized (seen.get(bridge)) {
            return List.copyOf(seen.get(bridge));
        }
    }

    private long count(int bridge, String prefix) {
        return seen(bridge).stream().filter(s -> s.startsWith(prefix)).count();
    }

    @Test
    void aHundredBridgesDroppedAtOnceComeBackSpreadOverTheBackoffWindowAndAllResync() throws Exception {
        LipHouse house = LipHouse.fromCatalog(LipTestSupport.catalog());
        int zones = house.zoneIds().size();
        for (int i = 0; i < BRIDGES; i++) {
            bridges.add(LipBridgeSimulator.builder().house(house).eventLoopGroup(simulatorLoops).build().start());
            seen.add(new ArrayList<>());
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < BRIDGES; i++) {
                    List<String> log = seen.get(i);
                    from("lutron-lip:127.0.0.1:" + bridges.get(i).port() + "?reconnectDelay=" + RECONNECT_DELAY_MS
                         + "&maxReconnectDelay=8000&integrationReport=classpath:catalog/DbXmlInfo.xml")
                            .routeId("bridge" + i)
                            .process(e -> {
                                synchronized (log) {
                                    log.add(kind(e));
                                }
                            });
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < BRIDGES; i++) {
                assertThat(count(i, "R")).as("snapshot of bridge %d", i).isEqualTo(zones);
            }
        });

        Instant dropStart = Instant.now();
        bridges.forEach(LipBridgeSimulator::dropConnections);
        Instant dropEnd = Instant.now();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < BRIDGES; i++) {
                assertThat(count(i, "R")).as("snapshots of bridge %d", i).isEqualTo(2L * zones);
            }
        });
        List<Instant> reconnects = new ArrayList<>();
        for (LipBridgeSimulator bridge : bridges) {
            assertThat(bridge.loginTimes()).hasSize(2);
            reconnects.add(bridge.loginTimes().get(1));
        }
        Collections.sort(reconnects);
        long firstMs = Duration.between(dropStart, reconnects.get(0)).toMillis();
        long lastMs = Duration.between(dropStart, reconnects.get(BRIDGES - 1)).toMillis();
        long spreadMs = lastMs - firstMs;
        int crowdedWindow = 0;
        for (int i = 0, j = 0; i < BRIDGES; i++) {
            while (Duration.between(reconnects.get(j), reconnects.get(i)).toMillis() >= 10) {
                j++;
            }
            crowdedWindow = Math.max(crowdedWindow, i - j + 1);
        }
        LOG.info("Reconnect storm: {} bridges dropped within {} ms; first reconnect login {} ms after the drop, last"
                 + " {} ms, spread {} ms ({}% of reconnectDelay {} ms); at most {} logins in any 10 ms",
                BRIDGES, Duration.between(dropStart, dropEnd).toMillis(), firstMs, lastMs, spreadMs,
                spreadMs * 100 / RECONNECT_DELAY_MS, RECONNECT_DELAY_MS, crowdedWindow);
        // the first wait is drawn from [delay/2, delay]: none comes back sooner, and they spread over that window
        assertThat(firstMs).as("first reconnect, ms after the drop").isGreaterThanOrEqualTo(RECONNECT_DELAY_MS / 2);
        assertThat(spreadMs).as("spread of the reconnect logins, ms").isGreaterThanOrEqualTo(RECONNECT_DELAY_MS * 3 / 10);
        assertThat(crowdedWindow).as("reconnect logins within one 10 ms window").isLessThan(BRIDGES / 2);

        // every route is live again: a change at the wall reaches each, after its Connected and its snapshot
        bridges.forEach(b -> b.setLevelFromWall(ZONE, 55));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < BRIDGES; i++) {
                assertThat(count(i, "L")).as("live events of bridge %d", i).isEqualTo(1);
            }
        });
        for (int i = 0; i < BRIDGES; i++) {
            List<String> log = seen(i);
            List<String> session = log.subList(log.lastIndexOf("C"), log.size());
            assertThat(log.subList(0, log.indexOf("D") + 1)).as("first session of bridge %d", i)
                    .hasSize(zones + 2).startsWith("C").endsWith("D");
            assertThat(session).as("second session of bridge %d", i).hasSize(zones + 2).startsWith("C")
                    .endsWith("L" + ZONE + "=55.0");
            assertThat(session.subList(1, zones + 1)).allMatch(s -> s.startsWith("R"));
            assertThat(log).as("events of bridge %d", i).hasSize(2 * zones + 4);
            AbstractLutronConsumer<?, ?> consumer = (AbstractLutronConsumer<?, ?>) context.getRoute("bridge" + i)
                    .getConsumer();
            assertThat(consumer.getReconnectCount()).as("reconnect attempts of bridge %d", i).isEqualTo(1);
            assertThat(consumer.isConnected()).isTrue();
        }
    }
}
