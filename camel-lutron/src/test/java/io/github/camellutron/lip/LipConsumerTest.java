package io.github.camellutron.lip;

import java.util.Map;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LipConsumerTest extends LipTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("")).routeId("all").to("mock:all");
                from(lip("eventTypes=ButtonEvent,LedStatus")).routeId("buttons").to("mock:buttons");
                from(lip("commandTypes=group")).routeId("groups").to("mock:groups");
                from(lip("integrationIds=11")).routeId("zone11").to("mock:zone11");
                from(lip("")).routeId("all-again").to("mock:all-again");
                from("direct:lip").to(lip(""));
            }
        };
    }

    private Exchange awaitEvent(MockEndpoint mock, String type, java.util.function.Predicate<Exchange> match) {
        return awaitExchange(mock, header(LutronConstants.EVENT_TYPE, type).and(match));
    }

    @Test
    void connectionAndResyncComeFirstForEveryZoneOfTheReport() {
        MockEndpoint all = getMockEndpoint("mock:all");
        Exchange connected = awaitEvent(all, "Connection", e -> true);
        assertThat(connected.getMessage().getHeader(LutronConstants.CONNECTION_STATE)).isEqualTo("Connected");
        assertThat(connected.getMessage().getHeader(LutronConstants.BRIDGE))
                .isEqualTo("127.0.0.1:" + simulator.port());
        await().until(() -> all.getExchanges().stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))).count() == 6);
        assertThat(all.getExchanges().get(0)).isSameAs(connected);
        Exchange pendants = awaitEvent(all, "ZoneStatus", header(LutronConstants.ZONE_ID, PENDANTS));
        assertThat(pendants.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Island Pendants");
        assertThat(pendants.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Kitchen");
        assertThat(pendants.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(0.0);
    }

    @Test
    void levelChangedAtTheWallIsAZoneStatusWithJsonBody() {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitEvent(all, "Connection", e -> true);
        simulator.setLevelFromWall(UNDER_CABINET, 55);
        Exchange e = awaitEvent(all, "ZoneStatus",
                header(LutronConstants.LEVEL, 55.0).and(header(LutronConstants.RESYNC, false)));
        assertThat(e.getMessage().getHeader(LutronConstants.ZONE_ID)).isEqualTo(UNDER_CABINET);
        assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Under Cabinet");
        assertThat(e.getMessage().getBody()).isInstanceOfSatisfying(ZoneStatus.class,
                z -> assertThat(z.level()).isEqualTo(55.0));
        assertThat(e.getMessage().getBody(String.class))
                .startsWith("{\"type\":\"ZoneStatus\"")
                .contains("\"zoneId\":11", "\"level\":55.0", "\"name\":\"Under Cabinet\"", "\"resync\":false");
    }

    @Test
    void buttonPressAndReleaseAreNamedButtonEvents() {
        MockEndpoint buttons = getMockEndpoint("mock:buttons");
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        simulator.pressButton(KEYPAD, 3);
        Exchange press = awaitEvent(buttons, "ButtonEvent", header(LutronConstants.BUTTON_EVENT, "Press"));
        Exchange release = awaitEvent(buttons, "ButtonEvent", header(LutronConstants.BUTTON_EVENT, "Release"));
        for (Exchange e : new Exchange[] { press, release }) {
            assertThat(e.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(KEYPAD);
            assertThat(e.getMessage().getHeader(LutronConstants.BUTTON_ID)).isEqualTo(3);
            assertThat(e.getMessage().getHeader(LutronConstants.BUTTON_NUMBER)).isEqualTo(3);
            assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Island");
            assertThat(e.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Kitchen");
            assertThat(e.getMessage().getBody()).isInstanceOf(ButtonEvent.class);
        }
        assertThat(headerValues(buttons, LutronConstants.EVENT_TYPE)).isSubsetOf("ButtonEvent", "LedStatus");
    }

    @Test
    void ledChangeIsALedStatus() {
        MockEndpoint buttons = getMockEndpoint("mock:buttons");
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        simulator.inject("~DEVICE,20,83,9,1");
        Exchange led = awaitEvent(buttons, "LedStatus", header(LutronConstants.LED_ID, 83));
        assertThat(led.getMessage().getHeader(LutronConstants.LED_STATE)).isEqualTo("On");
        assertThat(led.getMessage().getHeader(LutronConstants.DEVICE_ID)).isEqualTo(KEYPAD);
        assertThat(led.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Island");
        simulator.inject("~DEVICE,20,83,9,3");
        awaitEvent(buttons, "LedStatus", header(LutronConstants.LED_STATE, "RapidFlash"));
    }

    @Test
    void occupancyGroupIsAnOccupancyStatusWithTheAreaName() {
        MockEndpoint groups = getMockEndpoint("mock:groups");
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        simulator.setOccupancy(2, true);
        Exchange e = awaitEvent(groups, "OccupancyStatus", header(LutronConstants.OCCUPANCY, "Occupied"));
        assertThat(e.getMessage().getHeader(LutronConstants.AREA_ID)).isEqualTo(2);
        assertThat(e.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Kitchen");
        simulator.setOccupancy(2, false);
        awaitEvent(groups, "OccupancyStatus", header(LutronConstants.OCCUPANCY, "Unoccupied"));
        assertThat(headerValues(groups, LutronConstants.EVENT_TYPE)).containsOnly("Connection", "OccupancyStatus");
    }

    /** Kitchen Motion (22) is a MOTION_SENSOR of the report, in the Kitchen (area 2). */
    @Test
    void anOccupancySensorsOwnReportIsAnOccupancyStatusThatNoButtonFilterCatches() {
        MockEndpoint all = getMockEndpoint("mock:all");
        MockEndpoint buttons = getMockEndpoint("mock:buttons");
        awaitEvent(all, "Connection", e -> true);
        simulator.setOccupancy(2, true);
        Exchange sensor = awaitEvent(all, "OccupancyStatus", header(LutronConstants.DEVICE_ID, SENSOR));
        assertThat(sensor.getMessage().getHeader(LutronConstants.OCCUPANCY)).isEqualTo("Occupied");
        assertThat(sensor.getMessage().getHeader(LutronConstants.AREA_ID)).isEqualTo(2);
        assertThat(sensor.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Kitchen");
        assertThat(sensor.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Kitchen Motion");
        assertThat(sensor.getMessage().getBody()).isInstanceOfSatisfying(OccupancyStatus.class,
                o -> assertThat(o.deviceId()).isEqualTo(SENSOR));
        simulator.setOccupancy(2, false);
        awaitEvent(all, "OccupancyStatus",
                header(LutronConstants.DEVICE_ID, SENSOR).and(header(LutronConstants.OCCUPANCY, "Unoccupied")));

        // a press after the sensor's reports: once it is in, whatever the sensor caused is in too
        simulator.pressButton(KEYPAD, 1);
        awaitEvent(buttons, "ButtonEvent", header(LutronConstants.BUTTON_EVENT, "Release"));
        assertThat(headerValues(buttons, LutronConstants.DEVICE_ID)).doesNotContain(SENSOR);
        assertThat(all.getExchanges()).noneMatch(e -> "ButtonEvent".equals(e.getMessage()
                .getHeader(LutronConstants.EVENT_TYPE)) && Integer.valueOf(SENSOR).equals(e.getMessage()
                .getHeader(LutronConstants.DEVICE_ID)));
    }

    /** The bridge reports a #DEVICE command of our own session twice (the simulator's echoDeviceTwice, on by default). */
    @Test
    void aPressSentByARouteIsOneButtonEventLikeAPressAtTheWall() {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitEvent(all, "Connection", e -> true);
        template.requestBodyAndHeaders("direct:lip", null, Map.of(LutronConstants.OPERATION, "pressButton",
                LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.BUTTON_ID, 2));
        assertThat(simulator.received()).containsSubsequence("#DEVICE,20,2,3", "#DEVICE,20,2,4");
        everythingBeforeIsIn(all, 33);
        assertThat(buttonEvents(all, "Press")).isEqualTo(1);
        assertThat(buttonEvents(all, "Release")).isEqualTo(1);

        // a second press right after, at the wall, is one more
        simulator.pressButton(KEYPAD, 2);
        everythingBeforeIsIn(all, 34);
        assertThat(buttonEvents(all, "Press")).isEqualTo(2);
        assertThat(buttonEvents(all, "Release")).isEqualTo(2);
    }

    /** A level moved at the wall now reaches the mock after everything the bridge reported before it. */
    private void everythingBeforeIsIn(MockEndpoint mock, double level) {
        simulator.setLevelFromWall(PENDANTS, level);
        awaitEvent(mock, "ZoneStatus", header(LutronConstants.LEVEL, level));
    }

    private static long buttonEvents(MockEndpoint mock, String action) {
        return mock.getExchanges().stream().map(Exchange::getMessage)
                .filter(m -> "ButtonEvent".equals(m.getHeader(LutronConstants.EVENT_TYPE))
                             && Integer.valueOf(KEYPAD).equals(m.getHeader(LutronConstants.DEVICE_ID))
                             && Integer.valueOf(2).equals(m.getHeader(LutronConstants.BUTTON_ID))
                             && action.equals(m.getHeader(LutronConstants.BUTTON_EVENT)))
                .count();
    }

    @Test
    void linesWithNoNormalizedFormAreRawEvents() {
        MockEndpoint all = getMockEndpoint("mock:all");
        awaitEvent(all, "Connection", e -> true);
        simulator.inject("~HVAC,1,3,2");
        Exchange raw = awaitEvent(all, "Raw", e -> true);
        assertThat(raw.getMessage().getBody(String.class)).contains("\"text\":\"~HVAC,1,3,2\"");
    }

    @Test
    void integrationIdFilterKeepsOnlyThatIdAndConnectionEvents() {
        MockEndpoint zone11 = getMockEndpoint("mock:zone11");
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        simulator.setLevelFromWall(PENDANTS, 20);
        simulator.setLevelFromWall(UNDER_CABINET, 21);
        awaitEvent(zone11, "ZoneStatus", header(LutronConstants.LEVEL, 21.0));
        awaitEvent(getMockEndpoint("mock:all"), "ZoneStatus", header(LutronConstants.LEVEL, 20.0));
        assertThat(headerValues(zone11, LutronConstants.ZONE_ID)).allMatch(id -> id == null || id.equals(11));
    }

    @Test
    void allEndpointsOfOneBridgeShareOneSession() {
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        simulator.setLevelFromWall(PENDANTS, 12);
        awaitEvent(getMockEndpoint("mock:all-again"), "ZoneStatus", header(LutronConstants.LEVEL, 12.0));
        assertThat(simulator.connectionCount()).isEqualTo(1);
        assertThat(simulator.loginCount()).isEqualTo(1);
    }

    @Test
    void aSuspendedRouteTakesNoEventsAndResumesFromTheTrueState() throws Exception {
        MockEndpoint zone11 = getMockEndpoint("mock:zone11");
        awaitEvent(getMockEndpoint("mock:all"), "Connection", e -> true);
        context.getRouteController().suspendRoute("zone11");
        simulator.setLevelFromWall(UNDER_CABINET, 66);
        awaitEvent(getMockEndpoint("mock:all"), "ZoneStatus", header(LutronConstants.LEVEL, 66.0));
        assertThat(zone11.getExchanges()).noneMatch(header(LutronConstants.LEVEL, 66.0));
        context.getRouteController().resumeRoute("zone11");
        Exchange resynced = awaitEvent(zone11, "ZoneStatus", header(LutronConstants.LEVEL, 66.0));
        assertThat(resynced.getMessage().getHeader(LutronConstants.RESYNC)).isEqualTo(true);
        assertThat(headerValues(zone11, LutronConstants.ZONE_ID)).allMatch(id -> id == null || id.equals(11));
        assertThat(simulator.loginCount()).isEqualTo(1);
    }
}
