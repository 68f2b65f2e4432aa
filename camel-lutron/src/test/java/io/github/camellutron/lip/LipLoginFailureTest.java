package io.github.camellutron.lip;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.client.LutronLoginException;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A wrong password is final: reported once, never retried, readiness down, producers fail with it. */
class LipLoginFailureTest extends LipTestSupport {

    @Override
    protected LipBridgeSimulator.Builder configureSimulator(LipBridgeSimulator.Builder builder) {
        return builder.credentials("lutron", "the-real-one");
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("password=a-wrong-one")).routeId("events").to("mock:events");
                from("direct:lip").to(lip("password=a-wrong-one"));
            }
        };
    }

    @Test
    void isReportedOnceAsAFinalFailureEverywhere() {
        MockEndpoint events = getMockEndpoint("mock:events");
        Exchange down = awaitExchange(events, header(LutronConstants.CONNECTION_STATE, "Disconnected"));
        assertThat(down.getMessage().getBody(String.class))
                .contains("refused the login of user 'lutron'").doesNotContain("a-wrong-one");
        HealthCheck.Result result = readiness(context, "events");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("wrong user name or password"));
        assertThat(result.getError()).containsInstanceOf(LutronLoginException.class);
        assertThatThrownBy(() -> template.requestBody("direct:lip", "?OUTPUT,10,1"))
                .rootCause().isInstanceOf(LutronLoginException.class);
        await().during(500, TimeUnit.MILLISECONDS).atMost(2, TimeUnit.SECONDS)
                .until(() -> events.getExchanges().size() == 1 && simulator.connectionCount() == 0);
    }
}
