package io.github.camellutron.leap;

import java.util.HashMap;
import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.leap.client.LeapException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** lutron-leap end to end against a simulated Caseta Smart Bridge. */
class LeapCasetaComponentTest extends LeapTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(leap("")).routeId("events").to("mock:events");
                from(leap("eventTypes=ButtonEvent")).routeId("buttons").to("mock:buttons");
                from("direct:leap").to(leap(""));
            }
        };
    }

    @BeforeEach
    void connected() {
        awaitExchange(getMockEndpoint("mock:events"), eventType("Connection"));
    }

    private Object send(String operation, Object body, Object... headers) {
        Map<String, Object> map = new HashMap<>();
        map.put(LutronConstants.OPERATION, operation);
        for (int i = 0; i < headers.length; i += 2) {
            map.put((String) headers[i], headers[i + 1]);
        }
        return template.requestBodyAndHeaders("direct:leap", body, map);
    }

    @Test
    void zoneResyncWallChangeButtonAndOccupancyEventsWithNames() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream()
                .filter(eventType("ZoneStatus").and(header(LutronConstants.RESYNC, true))).count() == 5);
        simulator.setLevelFromWall(1, 33);
        Exchange zone = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.LEVEL, 33.0)));
        assertThat(zone.getMessage().getHeader(LutronConstants.ZONE_ID)).isEqualTo(1);
        assertThat(zone.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Lights");
        assertThat(zone.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Hallway");
        assertThat(zone.getMessage().getBody(String.class)).startsWith("{\"type\":\"ZoneStatus\"");

        simulator.pressButton(101);
        MockEndpoint buttons = getMockEndpoint("mock:buttons");
        Exchange press = awaitExchange(buttons, header(LutronConstants.BUTTON_EVENT, "Press"));
        assertThat(press.getMessage().getHeader(LutronConstants.BUTTON_ID)).isEqualTo(101);
        assertThat(press.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(8);
        assertThat(press.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Master Bathroom");
        awaitExchange(buttons, header(LutronConstants.BUTTON_EVENT, "Release"));
        assertThat(buttons.getExchanges()).allMatch(eventType("ButtonEvent"));

        simulator.setOccupancy(2, "Unoccupied");
        Exchange occupancy = awaitExchange(events, eventType("OccupancyStatus")
                .and(header(LutronConstants.OCCUPANCY_GROUP_ID, 2)).and(header(LutronConstants.OCCUPANCY, "Unoccupied")));
        assertThat(occupancy.getMessage().getHeader(LutronConstants.AREA)).isNotNull();

        simulator.inject("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneDeviceStatus\","
                         + "\"StatusCode\":\"200 OK\",\"Url\":\"/device/status/deviceheard\"},\"Body\":{"
                         + "\"DeviceStatus\":{\"DeviceHeard\":{\"DiscoveryMechanism\":\"UserInteraction\","
                         + "\"SerialNumber\":1234,\"DeviceType\":\"Pico3ButtonRaiseLower\"}}}}");
        Exchange raw = awaitExchange(events, eventType("Raw"));
        assertThat(raw.getMessage().getBody(String.class)).contains("DeviceHeard");
    }

    @Test
    void zoneCommands() {
        // a command answered 201 with no body leaves the exchange's body as it was
        assertThat(send("goToLevel", 60, LutronConstants.ZONE_ID, 1)).isEqualTo(60);
        await().until(() -> Double.valueOf(60).equals(simulator.level(1)));
        send("goToLevel", null, LutronConstants.ZONE_ID, 1, LutronConstants.LEVEL, 20, LutronConstants.FADE_TIME, 2);
        await().until(() -> Double.valueOf(20).equals(simulator.level(1)));
        send("goToDimmedLevel", 30, LutronConstants.ZONE_ID, 1, LutronConstants.DELAY_TIME, "1s");
        send("goToFanSpeed", "medium", LutronConstants.ZONE_ID, 2);
        await().until(() -> Double.valueOf(50).equals(simulator.level(2)));
        send("goToTilt", 45, LutronConstants.ZONE_ID, 4);
        send("raise", null, LutronConstants.ZONE_ID, 3);
        send("stop", null, LutronConstants.ZONE_ID, 3);
        send("lower", null, LutronConstants.ZONE_ID, 3);
        assertThat(simulator.received()).anyMatch(l -> l.contains("GoToDimmedLevel") && l.contains("\"FadeTime\":\"00:00:02\""))
                .anyMatch(l -> l.contains("GoToDimmedLevel") && l.contains("\"DelayTime\":\"00:00:01\""))
                .anyMatch(l -> l.contains("\"FanSpeed\":\"Medium\""))
                .anyMatch(l -> l.contains("GoToTilt"))
                .anyMatch(l -> l.contains("\"CommandType\":\"Raise\""))
                .anyMatch(l -> l.contains("\"CommandType\":\"Stop\""))
                .anyMatch(l -> l.contains("\"CommandType\":\"Lower\""));
    }

    @Test
    void buttonsScenesReadSubscribeRequestAndCatalog() {
        send("pressButton", null, LutronConstants.BUTTON_ID, 101);
        send("pressAndHold", null, LutronConstants.BUTTON_ID, 102);
        send("release", null, LutronConstants.BUTTON_ID, 102);
        send("activateScene", "scene 1");
        assertThat(simulator.received()).anyMatch(l -> l.contains("/button/101/commandprocessor") && l.contains("PressAndRelease"))
                .anyMatch(l -> l.contains("/button/102/commandprocessor") && l.contains("PressAndHold"))
                .anyMatch(l -> l.contains("/button/102/commandprocessor") && l.contains("\"Release\""))
                .anyMatch(l -> l.contains("/virtualbutton/1/commandprocessor"));

        simulator.setLevelFromWall(6, 70);
        String status = (String) template.requestBodyAndHeaders("direct:leap", "/zone/6/status",
                Map.of(LutronConstants.OPERATION, "read"));
        assertThat(status).contains("\"Level\":70");
        String subscribed = (String) template.requestBodyAndHeaders("direct:leap", null,
                Map.of(LutronConstants.OPERATION, "subscribe", LutronConstants.URL, "/system/away/1/status"));
        assertThat(subscribed).contains("AwayStatus");
        String whole = (String) template.requestBodyAndHeaders("direct:leap",
                "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/server/1/status/ping\"}}",
                Map.of(LutronConstants.OPERATION, "request"));
        assertThat(whole).contains("\"CommuniqueType\":\"ReadResponse\"", "PingResponse", "\"StatusCode\":\"200 OK\"");

        Exchange catalog = template.request("direct:leap",
                e -> e.getMessage().setHeader(LutronConstants.OPERATION, "catalog"));
        assertThat(catalog.getMessage().getBody(LutronCatalog.class).zones()).hasSize(5);
        assertThat(catalog.getMessage().getBody(String.class)).contains("\"Lights\"", "\"scene 1\"");
    }

    @Test
    void errorAnswerFailsWithStatusReasonUrlAndBridgeMessage() {
        assertThatThrownBy(() -> send("goToLevel", 10, LutronConstants.ZONE_ID, 99))
                .cause().isInstanceOfSatisfying(LeapException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.reason()).isNotBlank();
                    assertThat(e.url()).isEqualTo("/zone/99/commandprocessor");
                    assertThat(e.bridgeMessage()).isNotBlank();
                    assertThat(e.getMessage()).contains("404", e.reason(), "/zone/99/commandprocessor",
                            e.bridgeMessage());
                });
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        // the resync reads every zone after connecting; only then is the bridge quiet enough to prove nothing is sent
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream()
                .filter(eventType("ZoneStatus").and(header(LutronConstants.RESYNC, true))).count() == 5);
        simulator.clearReceived();
        assertThatThrownBy(() -> send("goToLevel", 150, LutronConstants.ZONE_ID, 1))
                .rootCause().hasMessageContaining("150");
        assertThatThrownBy(() -> send("goToLevel", 5, LutronConstants.ZONE_ID, "one"))
                .rootCause().hasMessage("Header CamelLutronZoneId must be an integer, was 'one'");
        assertThatThrownBy(() -> send("goToFanSpeed", "Turbo", LutronConstants.ZONE_ID, 2))
                .rootCause().hasMessageContaining("Turbo");
        assertThatThrownBy(() -> send("read", "/zone/1/status\r\n/zone/2/status"))
                .rootCause().hasMessageStartingWith("read and subscribe need a LEAP URL");
        assertThatThrownBy(() -> send("request", "{\"Header\":{\"Url\":\"/zone/1\"}}"))
                .rootCause().hasMessageStartingWith("A LEAP request needs a request CommuniqueType");
        assertThatThrownBy(() -> send("request", "not json"))
                .cause().hasMessageStartingWith("Invalid LEAP request");
        assertThatThrownBy(() -> send("setLed", null, LutronConstants.LED_ID, 5, LutronConstants.LED_STATE, "Flash"))
                .rootCause().hasMessage("LEAP LEDs are On or Off, not Flash");
        assertThatThrownBy(() -> send("warp", null)).rootCause().hasMessageStartingWith("Unknown lutron-leap operation");
        assertThat(simulator.received()).isEmpty();
    }

    /** Found by LeapProducerHeadersFuzzTest: UTF-8 has no lone surrogate, so the URL went out with '?' for it. */
    @Test
    void aUrlWithALoneSurrogateFailsBeforeAnythingIsSentInsteadOfGoingOutAlteredWithAQuery() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream()
                .filter(eventType("ZoneStatus").and(header(LutronConstants.RESYNC, true))).count() == 5);
        simulator.clearReceived();
        assertThatThrownBy(() -> send("read", null, LutronConstants.URL, "/zone/1\uD800"))
                .rootCause().hasMessageStartingWith("read and subscribe need a LEAP URL");
        assertThatThrownBy(() -> send("subscribe", "/zone/status\uDC00"))
                .rootCause().hasMessageStartingWith("read and subscribe need a LEAP URL");
        assertThat(simulator.received()).isEmpty();
    }

    @Test
    void readinessIsUpWhileConnectedAndDownWithTheReason() {
        await().until(() -> readiness() == HealthCheck.State.UP);
        simulator.refuseConnections(true);
        simulator.dropConnections();
        await().until(() -> readiness() == HealthCheck.State.DOWN);
        simulator.refuseConnections(false);
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> readiness() == HealthCheck.State.UP);
    }

    private HealthCheck.State readiness() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:events")).findFirst().orElseThrow().getState();
    }
}
