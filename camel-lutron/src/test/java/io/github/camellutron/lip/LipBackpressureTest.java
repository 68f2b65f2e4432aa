package io.github.camellutron.lip;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camellutron.LutronConstants;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backpressure never wedges a bridge: with an event queue of one, reading from the bridge pauses and resumes around
 * nearly every event, the I/O thread and the routing thread racing each other, and still every event arrives. (The
 * race that once left reading paused for good needs the I/O thread preempted at one instruction; the soak tests
 * found it, this test keeps the edge of the pause and resume thresholds covered.)
 */
class LipBackpressureTest extends LipTestSupport {

    private static final int EVENTS = 100_000;
    private static final int BURST = 10_000;

    private final AtomicLong live = new AtomicLong();
    private final AtomicLong resync = new AtomicLong();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("eventQueueSize=1")).routeId("tiny-queue").process(e -> {
                    if (Integer.valueOf(PENDANTS).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID))) {
                        boolean isResync = Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC));
                        (isResync ? resync : live).incrementAndGet();
                    }
                });
            }
        };
    }

    @Test
    void pausingAndResumingAroundEveryEventLosesNoneAndNeverStaysPaused() {
        // the snapshot reads zone PENDANTS: a level report sent before its answer would be taken for that answer
        await().until(() -> resync.get() == 1);
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < BURST; i++) {
            burst.append(i == 0 ? "" : "\r\n").append("~OUTPUT,").append(PENDANTS).append(",1,").append(i % 100);
        }
        for (int sent = BURST; sent <= EVENTS; sent += BURST) {
            simulator.inject(burst.toString());
            long expected = sent;
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> live.get() >= expected);
        }
        assertThat(live.get()).isEqualTo(EVENTS);
    }
}
