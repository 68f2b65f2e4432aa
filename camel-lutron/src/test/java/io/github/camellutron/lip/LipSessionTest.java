package io.github.camellutron.lip;

import java.time.Duration;
import java.util.List;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One bridge session, one truth: what a route gets does not depend on which endpoint of the bridge started first, the
 * session's options follow one rule, and events of a session come in order.
 */
class LipSessionTest extends LipTestSupport {

    private static final String REPORT = "integrationReport=classpath:catalog/DbXmlInfo.xml";

    @Override
    protected LipBridgeSimulator.Builder configureSimulator(LipBridgeSimulator.Builder builder) {
        // a busy house: level reports flood every new session while it is being set up
        return builder.levelReportsAfterLogin(300).httpPort(0);
    }

    private String bare() {
        return "lutron-lip:127.0.0.1:" + simulator.port();
    }

    private void route(String id, String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId(id).to(to);
            }
        });
    }

    private LipConsumer consumer(String routeId) {
        return (LipConsumer) context.getRoute(routeId).getConsumer();
    }

    private static List<Exchange> zoneEvents(MockEndpoint mock) {
        return mock.getExchanges().stream()
                .filter(e -> "ZoneStatus".equals(e.getMessage().getHeader(LutronConstants.EVENT_TYPE))).toList();
    }

    @Test
    void aConsumerWithTheReportStartedAfterABareProducerGetsConnectedAndTheSnapshotWithNames() throws Exception {
        route("commands", "direct:dim", bare());
        template.sendBodyAndHeaders("direct:dim", null, java.util.Map.of(LutronConstants.OPERATION, "goToLevel",
                LutronConstants.ZONE_ID, UNDER_CABINET, LutronConstants.LEVEL, 40));
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.level(UNDER_CABINET) == 40.0);

        route("events", bare() + "?" + REPORT, "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> zoneEvents(events).stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))
                             && e.getMessage().getHeader(LutronConstants.NAME) != null)
                .map(e -> e.getMessage().getHeader(LutronConstants.ZONE_ID)).distinct().count() == 6);
        assertThat(events.getExchanges().get(0).getMessage().getHeader(LutronConstants.CONNECTION_STATE))
                .isEqualTo("Connected");
        Exchange underCabinet = zoneEvents(events).stream()
                .filter(e -> Integer.valueOf(UNDER_CABINET).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID))
                             && e.getMessage().getHeader(LutronConstants.NAME) != null)
                .findFirst().orElseThrow();
        assertThat(underCabinet.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Under Cabinet");
        assertThat(underCabinet.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(40.0);
        assertThat(simulator.loginCount()).isEqualTo(1);
    }

    @Test
    void anOptionOfAnEndpointThatJoinsARunningSessionIsTheSessions() throws Exception {
        route("commands", "direct:dim", bare());
        template.sendBodyAndHeader("direct:dim", "?OUTPUT,10,1", LutronConstants.OPERATION, null);
        route("events", bare() + "?reconnectDelay=200&keepAliveInterval=15000", "mock:events");
        LipConsumer events = consumer("events");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.getConnection().options().reconnectDelay()
                .equals(Duration.ofMillis(200)));
        assertThat(events.getConnection().options().keepAliveInterval()).isEqualTo(Duration.ofSeconds(15));

        // a third endpoint that names neither takes the session's values
        route("more", bare() + "?eventTypes=ZoneStatus", "mock:more");
        assertThat(consumer("more").getConnection()).isSameAs(events.getConnection());
        assertThat(consumer("more").getConnection().options().reconnectDelay()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void anEndpointThatSetsASessionOptionToAnotherValueFailsToStartNamingBothValues() throws Exception {
        route("first", bare() + "?keepAliveInterval=10000&" + REPORT, "mock:first");
        assertThatThrownBy(() -> route("second", bare() + "?keepAliveInterval=20000", "mock:second"))
                .hasStackTraceContaining("keepAliveInterval=20000")
                .hasStackTraceContaining("keepAliveInterval=10000")
                .hasStackTraceContaining("127.0.0.1:" + simulator.port());
        // the same value, or none, is fine
        route("third", bare() + "?keepAliveInterval=10000", "mock:third");
        route("fourth", bare(), "mock:fourth");
        assertThat(consumer("fourth").getConnection().options().keepAliveInterval())
                .isEqualTo(Duration.ofSeconds(10));
        awaitExchange(getMockEndpoint("mock:first"), header(LutronConstants.CONNECTION_STATE, "Connected"));
    }

    @Test
    void anEndpointWithAnInvalidSessionOptionFailsAloneAndLeavesTheSessionAsItWas() throws Exception {
        route("first", bare() + "?" + REPORT, "mock:first");
        assertThatThrownBy(() -> route("bad", bare() + "?keepAliveInterval=0", "mock:bad"))
                .hasStackTraceContaining("keepAliveInterval must be positive");
        route("good", bare() + "?keepAliveInterval=20000", "mock:good");
        assertThat(consumer("good").getConnection().options().keepAliveInterval()).isEqualTo(Duration.ofSeconds(20));
        awaitExchange(getMockEndpoint("mock:good"), header(LutronConstants.CONNECTION_STATE, "Connected"));
    }

    @Test
    void aConflictingPasswordIsNamedButNeverShown() throws Exception {
        route("first", bare() + "?password=integration", "mock:first");
        assertThatThrownBy(() -> route("second", bare() + "?password=s3cret-other", "mock:second"))
                .hasStackTraceContaining("password=(hidden)")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("s3cret-other").doesNotContain("=integration"));
    }

    @Test
    void aSessionOptionOfTheComponentServesEveryEndpoint() throws Exception {
        context.getComponent("lutron-lip", LipComponent.class).getConfiguration().setReconnectDelay(300);
        route("events", bare(), "mock:events");
        assertThat(consumer("events").getConnection().options().reconnectDelay()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void connectedComesFirstThenTheSnapshotThenLiveEventsUnderAFloodDuringLogin() throws Exception {
        route("events", bare() + "?" + REPORT, "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        // 300 level reports during setup, then the snapshot of 6 zones: every one reaches the route after Connected
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getExchanges().size() >= 1 + 300 + 6);
        List<Exchange> all = events.getExchanges();
        assertThat(all.get(0).getMessage().getHeader(LutronConstants.CONNECTION_STATE)).isEqualTo("Connected");
        assertThat(all.stream().filter(e -> "Connection".equals(e.getMessage().getHeader(LutronConstants.EVENT_TYPE))))
                .hasSize(1);
        List<Object> resync = zoneEvents(events).stream().map(e -> e.getMessage().getHeader(LutronConstants.RESYNC))
                .toList();
        int lastSnapshot = resync.lastIndexOf(true);
        int firstLive = resync.indexOf(false);
        assertThat(resync.stream().filter(Boolean.TRUE::equals)).hasSize(6);
        assertThat(lastSnapshot).isLessThan(firstLive);

        // a reconnect is a new session: Disconnected ends the old one, the new one starts with Connected again
        events.reset();
        simulator.dropConnections();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.getExchanges().size() >= 2 + 300 + 6);
        List<Object> states = events.getExchanges().stream()
                .map(e -> e.getMessage().getHeader(LutronConstants.CONNECTION_STATE)).toList();
        assertThat(states.get(0)).isEqualTo("Disconnected");
        assertThat(states.get(1)).isEqualTo("Connected");
    }

    @Test
    void eventsHeldWhileTheReportLoadsAreNamedWhenTheyAreReleased() throws Exception {
        // the repeater is slow to serve its report: the 300 level reports of the login flood arrive before any name
        simulator.holdReport(true);
        route("events", bare() + "?integrationReport=" + simulator.integrationReportUrl(), "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        awaitExchange(events, header(LutronConstants.CONNECTION_STATE, "Connected"));
        simulator.holdReport(false);

        await().atMost(Duration.ofSeconds(10)).until(() -> zoneEvents(events).size() >= 300 + 6);
        List<Exchange> zones = zoneEvents(events);
        assertThat(zones).allSatisfy(e -> assertThat(e.getMessage().getHeader(LutronConstants.NAME))
                .as("name of %s", e.getMessage().getBody(String.class)).isNotNull());
        // the snapshot waited for the names, so it came once, named, before the held live events
        List<Object> resync = zones.stream().map(e -> e.getMessage().getHeader(LutronConstants.RESYNC)).toList();
        assertThat(resync.subList(0, 6)).containsOnly(true);
        assertThat(resync.subList(6, 306)).containsOnly(false);
    }

    @Test
    void aCommandTheBridgeDoesNotAnswerTimesOutWithCamelsException() throws Exception {
        route("commands", "direct:dim", bare() + "?responseTimeout=300&reconnectDelay=50");
        template.requestBody("direct:dim", "?OUTPUT,10,1");
        simulator.stall(true);
        Exchange answer = template.request("direct:dim", e -> e.getMessage().setBody("?OUTPUT,11,1"));
        assertThat(answer.getException()).isInstanceOf(org.apache.camel.ExchangeTimedOutException.class)
                .hasMessageContaining("no answer to ?OUTPUT,11,1 within 300 ms")
                .hasCauseInstanceOf(io.github.camellutron.client.LutronTimeoutException.class);
    }

    @Test
    void producersOfOneBridgeEachHaveTheirOwnHealthCheck() throws Exception {
        route("one", "direct:one", bare());
        route("two", "direct:two", bare());
        var repository = org.apache.camel.health.HealthCheckHelper.getHealthCheckRepository(context, "producers",
                org.apache.camel.health.WritableHealthCheckRepository.class);
        // producer checks are off in Camel by default (camel.health.producersEnabled)
        repository.setEnabled(true);
        List<String> ids = repository.stream().map(org.apache.camel.health.HealthCheck::getId)
                .filter(id -> id.startsWith("lutron-lip-producer-127.0.0.1:" + simulator.port())).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aFastSuspendAndResumeLeavesOneListenerBehind() throws Exception {
        route("events", bare() + "?eventTypes=ZoneStatus", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer("events").isConnected());
        for (int i = 0; i < 5; i++) {
            context.getRouteController().suspendRoute("events");
            context.getRouteController().resumeRoute("events");
        }
        simulator.setLevelFromWall(UNDER_CABINET, 77);
        LipConsumer consumer = consumer("events");
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> liveAt(events, 77) >= 1);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no event after the suspends: consumer " + consumer.getStatus() + ", route "
                                     + context.getRouteController().getRouteStatus("events") + ", queued "
                                     + consumer.getQueuedEvents() + ", link " + consumer.getConnectionState()
                                     + ", events " + consumer.getConnection().eventCounts() + ", mock "
                                     + events.getReceivedCounter(), e);
        }
        // one more live event, to be sure nothing else of the first was still on its way
        simulator.setLevelFromWall(UNDER_CABINET, 78);
        await().atMost(Duration.ofSeconds(10)).until(() -> liveAt(events, 78) >= 1);
        assertThat(liveAt(events, 77)).isEqualTo(1);
        assertThat(liveAt(events, 78)).isEqualTo(1);
    }

    private static long liveAt(MockEndpoint mock, double level) {
        return zoneEvents(mock).stream().filter(e -> Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))
                                                    && Double.valueOf(level).equals(
                                                            e.getMessage().getHeader(LutronConstants.LEVEL)))
                .count();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
