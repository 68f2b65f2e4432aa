package io.github.camellutron.leap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steps after a producer run on a Camel thread, never on the I/O thread that every bridge of the context shares:
 * a route that blocks after commanding one bridge must not stop the events, keep-alives and answers of the others.
 * The context gets an event loop group of one thread, so the bridges share it on any machine. LEAP's twin of
 * {@code LipProducerThreadsTest}.
 */
class LeapProducerThreadsTest extends CamelTestSupport {

    private final List<LeapBridgeSimulator> simulators = Stream.generate(this::simulator).limit(3).toList();
    private final LeapBridgeSimulator a = simulators.get(0);
    private final LeapBridgeSimulator b = simulators.get(1);
    private final LeapBridgeSimulator c = simulators.get(2);
    private final CountDownLatch blocking = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch blocked = new CountDownLatch(1);
    private final Map<String, String> threads = new ConcurrentHashMap<>();
    private final Map<String, Boolean> onEventLoop = new ConcurrentHashMap<>();
    private EventLoopGroup group;

    /** A dimmed zone of the Caseta house. */
    private static final int LIGHTS = 1;

    private final Path certificates = temporaryDirectory();

    private LeapBridgeSimulator simulator() {
        return LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.CASETA).build().start();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("lutron-leap-threads");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeBridges() {
        release.countDown();
        simulators.forEach(LeapBridgeSimulator::close);
        try (var files = Files.walk(certificates)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        for (int i = 0; i < simulators.size(); i++) {
            simulators.get(i).writeClientFiles(certificates, "bridge" + i);
        }
        CamelContext context = super.createCamelContext();
        group = new NioEventLoopGroup(1, new DefaultThreadFactory("camel-lutron", true));
        context.getComponent("lutron-leap", LeapComponent.class).setEventLoopGroup(group);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            }
        }, true, true);
        return context;
    }

    private String leap(LeapBridgeSimulator simulator, String options) {
        String name = "bridge" + simulators.indexOf(simulator);
        return "lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:"
               + certificates.resolve(name + ".crt") + "&clientKey=file:" + certificates.resolve(name + ".key")
               + "&bridgeCertificate=file:" + certificates.resolve(name + "-bridge.crt")
               + "&reconnectDelay=50&maxReconnectDelay=500&keepAliveInterval=500&responseTimeout=2000&" + options;
    }

    /** Remembers where the step right after a producer ran. */
    private org.apache.camel.Processor record(String operation) {
        return exchange -> {
            threads.put(operation, Thread.currentThread().getName());
            boolean loop = false;
            for (EventExecutor executor : group) {
                loop |= executor.inEventLoop();
            }
            onEventLoop.put(operation, loop);
        };
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:blockAfterCommandingA").to(leap(a, "operation=goToLevel")).process(e -> {
                    threads.put("blocking", Thread.currentThread().getName());
                    blocking.countDown();
                    // a slow step, such as a database insert, that never returns before the test is done with it
                    release.await(5, TimeUnit.SECONDS);
                    blocked.countDown();
                });
                from("direct:leapGoToLevel").to(leap(a, "operation=goToLevel")).process(record("goToLevel"));
                from("direct:leapRead").to(leap(a, "operation=read")).process(record("read"));
                from(leap(b, "eventTypes=ZoneStatus,Connection")).routeId("b").to("mock:b");
                from(leap(c, "eventTypes=ZoneStatus,Connection")).routeId("c").to("mock:c");
            }
        };
    }

    private static void awaitConnected(MockEndpoint mock) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getExchanges().stream()
                .anyMatch(e -> "Connected".equals(e.getMessage().getHeader(LutronConstants.CONNECTION_STATE))));
    }

    private static boolean hasLevel(MockEndpoint mock, double level) {
        return mock.getExchanges().stream().anyMatch(e -> "ZoneStatus".equals(
                String.valueOf(e.getMessage().getHeader(LutronConstants.EVENT_TYPE)))
                                                        && Double.valueOf(level).equals(
                                                                e.getMessage().getHeader(LutronConstants.LEVEL,
                                                                        Double.class)));
    }

    private static long disconnects(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .filter(e -> "Disconnected".equals(e.getMessage().getHeader(LutronConstants.CONNECTION_STATE)))
                .count();
    }

    @Test
    void aRouteThatBlocksAfterCommandingOneBridgeLeavesTheOthersAlone() throws Exception {
        MockEndpoint toB = getMockEndpoint("mock:b");
        MockEndpoint toC = getMockEndpoint("mock:c");
        awaitConnected(toB);
        awaitConnected(toC);

        template.asyncRequestBodyAndHeader("direct:blockAfterCommandingA", 70, LutronConstants.ZONE_ID,
                LIGHTS);
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();

        for (int level : new int[] { 41, 42, 43 }) {
            b.setLevelFromWall(LIGHTS, level);
            c.setLevelFromWall(LIGHTS, level);
            await("bridge B's level " + level + " while a route blocks after commanding A on " + threads)
                    .atMost(Duration.ofSeconds(1)).until(() -> hasLevel(toB, level));
            await("bridge C's level " + level + " while a route blocks after commanding A")
                    .atMost(Duration.ofSeconds(1)).until(() -> hasLevel(toC, level));
        }
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(a.level(LIGHTS)).isEqualTo(70.0);
        // the keep-alives of B and C were answered all along: their sessions never ended
        assertThat(disconnects(toB)).isZero();
        assertThat(disconnects(toC)).isZero();
        assertThat(b.handshakeCount()).isEqualTo(1);
        assertThat(c.handshakeCount()).isEqualTo(1);
    }

    @Test
    void theStepAfterEachOperationRunsOnACamelThread() {
        template.requestBodyAndHeader("direct:leapGoToLevel", 30, LutronConstants.ZONE_ID, LIGHTS);
        Exchange read = template.request("direct:leapRead",
                e -> e.getMessage().setHeader(LutronConstants.URL, "/zone/" + LIGHTS + "/status"));
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(String.class)).contains("\"Level\":30");

        assertThat(threads).containsOnlyKeys("goToLevel", "read");
        assertThat(onEventLoop).as("ran on the I/O thread, threads: %s", threads).containsOnly(
                Map.entry("goToLevel", false), Map.entry("read", false));
        assertThat(threads.values()).noneMatch(name -> name.matches("camel-lutron-\\d+-\\d+"));
        // a reply thread once the bridge answered, or the caller's own when nothing was left to wait for
        String caller = Thread.currentThread().getName();
        assertThat(threads.values()).allMatch(name -> name.contains("lutron-leap-replies") || name.equals(caller));
    }
}
