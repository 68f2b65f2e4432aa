package io.github.camellutron.lip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A slow route slows only its own bridge: with more bridges than event loops (so that two share one), a route that
 * takes 5 s per exchange on one bridge delays no other bridge's events, and no keep-alive times out anywhere, because
 * a full queue pauses reading from that bridge instead of holding up the loop.
 */
class LipSlowRouteTest extends CamelTestSupport {

    private static final int ZONE = 16;
    private final List<LipBridgeSimulator> bridges = new ArrayList<>();
    private final AtomicBoolean slowRoute = new AtomicBoolean(true);

    @AfterEach
    void closeBridges() {
        bridges.forEach(LipBridgeSimulator::close);
    }

    private static String uri(LipBridgeSimulator bridge, String options) {
        return "lutron-lip:127.0.0.1:" + bridge.port() + "?keepAliveInterval=200&responseTimeout=500"
               + "&reconnectDelay=50" + options;
    }

    private static long keepAlives(LipBridgeSimulator bridge) {
        return bridge.received().stream().filter("?SYSTEM,10"::equals).count();
    }

    private static List<Object> liveLevels(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .filter(e -> Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))
                             && Integer.valueOf(ZONE).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID)))
                .map(e -> e.getMessage().getHeader(LutronConstants.LEVEL)).toList();
    }

    private static LipConsumer consumer(org.apache.camel.CamelContext context, int bridge) {
        return (LipConsumer) context.getRoute("bridge" + bridge).getConsumer();
    }

    @Test
    void aRouteTakingFiveSecondsPerExchangeDelaysNoOtherBridgeAndFoolsNoKeepAlive() throws Exception {
        int count = Runtime.getRuntime().availableProcessors() + 1;
        for (int i = 0; i < count; i++) {
            bridges.add(LipBridgeSimulator.builder().build().start());
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(bridges.get(0), "&eventQueueSize=4")).routeId("bridge0")
                        .choice().when(e -> slowRoute.get()
                                            && Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC)))
                        .delay(5000).syncDelayed().end()
                        .end()
                        .to("mock:bridge0");
                from("direct:bridge0").to(uri(bridges.get(0), ""));
                for (int i = 1; i < count; i++) {
                    from(uri(bridges.get(i), "")).routeId("bridge" + i).to("mock:bridge" + i);
                }
            }
        });
        for (int i = 0; i < count; i++) {
            MockEndpoint mock = getMockEndpoint("mock:bridge" + i);
            await().atMost(Duration.ofSeconds(10)).until(() -> mock.getExchanges().stream()
                    .anyMatch(e -> "Connected".equals(e.getMessage().getHeader(LutronConstants.CONNECTION_STATE))));
        }

        // a backlog on bridge 0: the first change takes 5 s, the rest fill its queue and pause reading from it
        LipBridgeSimulator slow = bridges.get(0);
        LipConsumer slowConsumer = consumer(context, 0);
        for (int level = 1; level <= 20; level++) {
            slow.setLevelFromWall(ZONE, level);
        }
        await().atMost(Duration.ofSeconds(5)).until(slowConsumer::isReadingPaused);
        long keepAlivesWhenPaused = keepAlives(slow);
        // what the bridge sends while reading is paused stays in the socket, not in the heap
        for (int level = 21; level <= 40; level++) {
            slow.setLevelFromWall(ZONE, level);
        }
        // a command's answer waits unread behind the backlog: the command times out, the session stays
        org.apache.camel.Exchange command = template.request("direct:bridge0",
                e -> e.getMessage().setBody("?OUTPUT,18,1"));
        assertThat(command.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasMessageContaining("reading is paused");
        MockEndpoint slowMock = getMockEndpoint("mock:bridge0");
        long maxDelayMillis = 0;
        int rounds = 0;
        double level = 0;
        while (liveLevels(slowMock).isEmpty()) {
            assertThat(slowConsumer.isReadingPaused()).isTrue();
            assertThat(slowConsumer.getQueuedEvents()).as("events queued for bridge 0").isLessThanOrEqualTo(20);
            LipBridgeSimulator other = bridges.get(1 + rounds % (count - 1));
            MockEndpoint mock = getMockEndpoint("mock:bridge" + (1 + rounds % (count - 1)));
            long keepAlives = keepAlives(other);
            double wanted = ++level % 100;
            long sent = System.nanoTime();
            other.setLevelFromWall(ZONE, wanted);
            await().atMost(Duration.ofSeconds(5)).until(() -> mock.getExchanges().stream()
                    .anyMatch(e -> Double.valueOf(wanted).equals(e.getMessage().getHeader(LutronConstants.LEVEL))
                                   && Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))));
            maxDelayMillis = Math.max(maxDelayMillis, (System.nanoTime() - sent) / 1_000_000);
            // pace the rounds by the other bridge's keep-alives, which must go on meanwhile
            await().atMost(Duration.ofSeconds(2)).until(() -> keepAlives(other) > keepAlives);
            rounds++;
        }
        assertThat(rounds).as("rounds of events on the other bridges while bridge 0 was busy").isGreaterThan(10);
        assertThat(maxDelayMillis).as("longest delay of another bridge's event, ms").isLessThan(1000);
        assertThat(consumer(context, 0).getConnection().state().name()).isEqualTo("CONNECTED");
        // a paused bridge is not silent: no keep-alive is due (one may have been on its way when reading paused)
        assertThat(keepAlives(slow)).isLessThanOrEqualTo(keepAlivesWhenPaused + 1);
        for (int i = 0; i < count; i++) {
            assertThat(consumer(context, i).getReconnectCount()).as("reconnects of bridge %d", i).isZero();
            assertThat(bridges.get(i).loginCount()).as("logins to bridge %d", i).isEqualTo(1);
        }
        // nothing lost, nothing reordered: once fast again, bridge 0's route gets every change in the bridge's order
        slowRoute.set(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> liveLevels(slowMock).size() >= 40);
        List<Double> expected = new ArrayList<>();
        for (int l = 1; l <= 40; l++) {
            expected.add((double) l);
        }
        assertThat(liveLevels(slowMock)).isEqualTo(List.copyOf(expected));
        assertThat(consumer(context, 0).getReconnectCount()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> !slowConsumer.isReadingPaused()
                                                          && keepAlives(slow) > keepAlivesWhenPaused + 1);
    }
}
