package io.github.camellutron.leap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.LutronConstants;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many requests in flight at once, and lines that are not UTF-8: answers matched by tag, the session unharmed. */
class LeapLoadTest extends LeapTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(leap("eventTypes=Connection&maxLineLength=4194304")).routeId("events").to("mock:events");
                from("direct:leap").to(leap("operation=read&maxLineLength=4194304"));
            }
        };
    }

    @Test
    void fourThousandConcurrentRequestsAllGetTheirOwnAnswer() throws Exception {
        List<Integer> zones = simulator.zoneIds();
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            answers.add(template.asyncRequestBody("direct:leap", "/zone/" + zones.get(i % zones.size()) + "/status"));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat((String) answers.get(i).get(60, TimeUnit.SECONDS))
                    .contains("\"href\":\"/zone/" + zones.get(i % zones.size()) + "\"");
        }
        assertThat(simulator.handshakeCount()).isEqualTo(1);
    }

    @Test
    void aLineThatIsNotUtf8IsABadFrameAndTheSessionGoesOn() throws Exception {
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
        simulator.sendGarbage(new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\r', '\n' });
        LeapConsumer consumer = (LeapConsumer) context.getRoute("events").getConsumer();
        org.awaitility.Awaitility.await().until(() -> consumer.getBadFrameCount() == 1);
        int zone = simulator.zoneIds().get(0);
        assertThat(template.requestBody("direct:leap", "/zone/" + zone + "/status", String.class))
                .contains("\"/zone/" + zone + "\"");
        assertThat(simulator.handshakeCount()).isEqualTo(1);
    }

    @Test
    void aMessageLongerThanMaxLineLengthIsABadFrameAndTheSessionGoesOn() throws Exception {
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
        byte[] huge = new byte[5 * 1024 * 1024 + 2];
        java.util.Arrays.fill(huge, (byte) 'x');
        huge[huge.length - 2] = '\r';
        huge[huge.length - 1] = '\n';
        simulator.sendGarbage(huge);
        LeapConsumer consumer = (LeapConsumer) context.getRoute("events").getConsumer();
        org.awaitility.Awaitility.await().until(() -> consumer.getConnection().badFrameCounts()
                .get(io.github.camellutron.client.BadFrame.TOO_LONG) == 1);
        int zone = simulator.zoneIds().get(0);
        assertThat(template.requestBody("direct:leap", "/zone/" + zone + "/status", String.class))
                .contains("\"/zone/" + zone + "\"");
    }
}
