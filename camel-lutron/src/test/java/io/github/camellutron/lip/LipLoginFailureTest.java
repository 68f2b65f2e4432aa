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

/**
 * A wrong password is final: reported once, never retried, readiness down, producers fail with it. One session
 * tries one login however many endpoints share it: RadioRA 2 locks a user out after repeated failures.
 */
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
                from("direct:lip").routeId("direct").to(lip("password=a-wrong-one"));
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

    @Test
    void oneSessionTriesOneLoginHoweverManyEndpointsShareIt() throws Exception {
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Disconnected"));
        // an endpoint with the same settings joins the session that failed for good
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:late").routeId("late").to(lip("password=a-wrong-one&operation=read"));
            }
        });
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:late", null, LutronConstants.ZONE_ID, 10))
                .rootCause().isInstanceOf(LutronLoginException.class);
        await().during(1, TimeUnit.SECONDS).atMost(3, TimeUnit.SECONDS).untilAsserted(
                () -> assertThat(simulator.loginAttempts()).as("logins the bridge saw tried").isEqualTo(1));

        // a session opened afresh, once every endpoint let go of the old one, tries again
        context.getRouteController().stopRoute("events");
        context.getRouteController().stopRoute("direct");
        context.getRouteController().stopRoute("late");
        context.getRouteController().startRoute("events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.loginAttempts() == 2);
        await().during(1, TimeUnit.SECONDS).atMost(3, TimeUnit.SECONDS).untilAsserted(
                () -> assertThat(simulator.loginAttempts()).as("logins the bridge saw tried").isEqualTo(2));
    }
}
