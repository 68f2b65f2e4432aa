package io.github.camellutron.docs;

import java.util.Map;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KitchenRouteTest extends CamelTestSupport {

    static final LipBridgeSimulator BRIDGE = LipBridgeSimulator.builder().build().start();

    @AfterAll
    static void stopBridge() {
        BRIDGE.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String bridge = "lutron-lip:127.0.0.1:" + BRIDGE.port() + "?username=lutron&password=integration";
        return new RouteBuilder() {
            @Override
            public void configure() {
                // dim the kitchen downlights when someone asks for it
                from("direct:dim").to(bridge + "&operation=goToLevel");
                // every press of the living room Pico goes to the mock
                from(bridge + "&eventTypes=ButtonEvent&integrationIds=21").to("mock:pico");
            }
        };
    }

    @Test
    void dimsTheKitchen() {
        template.sendBodyAndHeaders("direct:dim", null,
                Map.of("CamelLutronZoneId", 10, "CamelLutronLevel", 40.0));
        assertThat(BRIDGE.level(10)).isEqualTo(40.0);
        assertThat(BRIDGE.received()).contains("#OUTPUT,10,1,40.00");
    }

    @Test
    void seesPicoPresses() throws Exception {
        // the consumer is ready once its session has switched on button monitoring
        await().until(() -> BRIDGE.received().contains("#MONITORING,3,1"));
        getMockEndpoint("mock:pico").expectedHeaderValuesReceivedInAnyOrder("CamelLutronButtonEvent",
                "Press", "Release");
        BRIDGE.pressButton(21, 2);
        MockEndpoint.assertIsSatisfied(context);
        assertThat(BRIDGE.level(13)).isEqualTo(100.0); // the Pico turned its lamp on
    }
}
