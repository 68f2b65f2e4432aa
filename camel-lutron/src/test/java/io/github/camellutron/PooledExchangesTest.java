package io.github.camellutron;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.spi.PooledObjectFactory;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Camel's pooled exchange factory ({@code camel.main.exchangeFactory=pooled}), a consumer gives every exchange
 * back to its pool once, after its route is done with it, on the routing threads and on the I/O thread: one given
 * back twice would sit in the pool twice and be routed for two events at once.
 */
class PooledExchangesTest extends CamelTestSupport {

    private static final int EVENTS = 100;

    @TempDir
    Path certificates;

    private final List<String> routed = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> simulators = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PooledExchangeFactory factory = new PooledExchangeFactory();
        factory.setStatisticsEnabled(true);
        context.getCamelContextExtension().setExchangeFactory(factory);
        return context;
    }

    @AfterEach
    void closeSimulators() throws Exception {
        for (AutoCloseable simulator : simulators) {
            simulator.close();
        }
    }

    @ParameterizedTest(name = "{0}, usingExecutorService={1}")
    @CsvSource({ "lip, true", "lip, false", "leap, true", "leap, false" })
    void everyExchangeGoesBackToItsPoolOnce(String scheme, boolean usingExecutorService) throws Exception {
        LevelSource wall = "lip".equals(scheme) ? lipBridge() : leapBridge();
        String uri = wall.uri() + "&eventTypes=Connection,ZoneStatus&usingExecutorService=" + usingExecutorService;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> routed.add(describe(e.getMessage())));
            }
        });
        await().until(() -> routed.contains("Connected"));
        IntStream.rangeClosed(1, EVENTS).forEach(wall::setLevel);

        List<String> expected = IntStream.rangeClosed(1, EVENTS).mapToObj(level -> wall.zone() + "=" + (double) level)
                .toList();
        await().until(() -> routed.stream().filter(expected::contains).toList(), expected::equals);
        PooledObjectFactory.Statistics pool = context.getCamelContextExtension().getExchangeFactoryManager()
                .getStatistics();
        await().untilAsserted(() -> assertThat(pool.getReleasedCounter() + pool.getDiscardedCounter())
                .as("exchanges given back, of %d taken", pool.getCreatedCounter() + pool.getAcquiredCounter())
                .isEqualTo(pool.getCreatedCounter() + pool.getAcquiredCounter()));
        // events routed one after the other reuse exchanges rather than each making one
        assertThat(pool.getAcquiredCounter()).isGreaterThan(EVENTS / 2);
    }

    /** A bridge with a zone that can be set at the wall, and the consumer URI for it. */
    private interface LevelSource {
        String uri();

        int zone();

        void setLevel(double level);
    }

    private LevelSource lipBridge() {
        LipBridgeSimulator sim = LipBridgeSimulator.builder().build().start();
        simulators.add(sim);
        return new LevelSource() {
            public String uri() {
                return "lutron-lip:127.0.0.1:" + sim.port() + "?reconnectDelay=50";
            }

            public int zone() {
                return sim.house().zoneIds().get(0);
            }

            public void setLevel(double level) {
                sim.setLevelFromWall(zone(), level);
            }
        };
    }

    private LevelSource leapBridge() throws Exception {
        LeapBridgeSimulator sim = LeapBridgeSimulator.builder().build().start();
        simulators.add(sim);
        sim.writeClientFiles(certificates, "bridge");
        return new LevelSource() {
            public String uri() {
                return "lutron-leap:127.0.0.1:" + sim.port() + "?clientCertificate=file:"
                       + certificates.resolve("bridge.crt") + "&clientKey=file:" + certificates.resolve("bridge.key")
                       + "&bridgeCertificate=file:" + certificates.resolve("bridge-bridge.crt") + "&reconnectDelay=50";
            }

            public int zone() {
                return sim.zoneIds().get(0);
            }

            public void setLevel(double level) {
                sim.setLevelFromWall(zone(), level);
            }
        };
    }

    /** What the test compares of a routed event: its connection state, {@code resync}, or {@code zone=level}. */
    private static String describe(Message in) {
        if (in.getHeader(LutronConstants.CONNECTION_STATE) != null) {
            return in.getHeader(LutronConstants.CONNECTION_STATE, String.class);
        }
        if (Boolean.TRUE.equals(in.getHeader(LutronConstants.RESYNC))) {
            return "resync";
        }
        return in.getHeader(LutronConstants.ZONE_ID) + "=" + in.getHeader(LutronConstants.LEVEL);
    }
}
