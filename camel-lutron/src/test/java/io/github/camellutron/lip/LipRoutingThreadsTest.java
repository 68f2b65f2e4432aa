package io.github.camellutron.lip;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More busy consumers than routing threads: the ones that find every thread busy wait their turn in the pool's queue.
 * None may be routed on the bridge's I/O thread instead, where a route that commands the same bridge would wait for
 * an answer that thread can no longer read.
 */
class LipRoutingThreadsTest extends CamelTestSupport {

    private final LipBridgeSimulator simulator = LipBridgeSimulator.builder().build().start();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch busy = new CountDownLatch(1);
    private final List<String> secondRouteThreads = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeBridge() {
        release.countDown();
        simulator.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("lutron-lip", LipComponent.class).setRoutingPoolSize(1);
        return context;
    }

    private String uri() {
        return "lutron-lip:127.0.0.1:" + simulator.port() + "?eventTypes=Connection";
    }

    @Test
    void aConsumerThatFindsEveryRoutingThreadBusyWaitsForOne() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // holds the only routing thread until the test lets it go
                from(uri()).routeId("first").process(e -> {
                    busy.countDown();
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                });
            }
        });
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri()).routeId("second").process(e -> secondRouteThreads.add(Thread.currentThread().getName()))
                        .to("mock:second");
            }
        });
        LipConsumer second = (LipConsumer) context.getRoute("second").getConsumer();
        MockEndpoint mock = getMockEndpoint("mock:second");
        // its Connected event is queued for the busy thread, or (the defect) routed at once on the I/O thread
        await().atMost(Duration.ofSeconds(10)).until(() -> second.getQueuedEvents() > 0 || mock.getReceivedCounter() > 0);
        assertThat(mock.getReceivedCounter()).as("routed while the only routing thread was busy, on %s",
                secondRouteThreads).isZero();

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedCounter() > 0);
        assertThat(secondRouteThreads).allMatch(name -> name.contains("lutron-lip-routing"));
    }
}
