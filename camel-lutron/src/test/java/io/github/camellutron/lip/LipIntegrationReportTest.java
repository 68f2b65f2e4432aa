package io.github.camellutron.lip;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Names from the integration report wherever it comes from: the repeater over HTTP, a Caseta JSON file. */
class LipIntegrationReportTest extends CamelTestSupport {

    private LipBridgeSimulator simulator;

    @AfterEach
    void closeSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private Exchange firstZoneEvent(String uri, int zone, double level) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:events");
            }
        });
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getExchanges().stream()
                .anyMatch(e -> "Connection".equals(e.getMessage().getHeader(LutronConstants.EVENT_TYPE))));
        simulator.setLevelFromWall(zone, level);
        return await().atMost(10, TimeUnit.SECONDS).until(() -> events.getExchanges().stream()
                .filter(e -> Double.valueOf(level).equals(e.getMessage().getHeader(LutronConstants.LEVEL)))
                .findFirst().orElse(null), e -> e != null);
    }

    @Test
    void dbXmlInfoFromTheRepeaterOverHttpWithJunkBeforeTheProlog() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).junkBeforeXmlProlog(true).build().start();
        Exchange e = firstZoneEvent("lutron-lip:127.0.0.1:" + simulator.port() + "?integrationReport="
                                    + simulator.integrationReportUrl(), 16, 42);
        assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Bedroom Lights");
        assertThat(e.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Bedroom");
    }

    @Test
    void casetaJsonReportFromAFile() throws Exception {
        Path report = Path.of("src/test/resources/catalog/caseta-report.json").toAbsolutePath();
        try (InputStream in = getClass().getResourceAsStream("/catalog/caseta-report.json")) {
            simulator = LipBridgeSimulator.builder().house(LipHouse.fromCatalog(IntegrationReports.parse(in)))
                    .build().start();
        }
        Exchange e = firstZoneEvent("lutron-lip:127.0.0.1:" + simulator.port() + "?integrationReport=file:" + report,
                3, 61);
        assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Dining Chandelier");
        assertThat(e.getMessage().getHeader(LutronConstants.AREA)).isEqualTo("Dining Room");
    }

    @Test
    void aReportThatCannotBeReadLeavesTheRouteRunningWithoutNames() throws Exception {
        simulator = LipBridgeSimulator.builder().build().start();
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?integrationReport=classpath:no/such/report.xml";
        Exchange e = firstZoneEvent(uri, 16, 42);
        assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isNull();
        assertThat(context.getRouteController().getRouteStatus(context.getRoutes().get(0).getRouteId()).isStarted())
                .isTrue();
    }

    @Test
    void aRepeaterWhoseReportServerIsDownAtStartGivesNamesAndASnapshotWithNamesOnceItIsUp() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        simulator.reportAvailable(false);
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=100&maxReconnectDelay=200"
                     + "&integrationReport=" + simulator.integrationReportUrl();
        Exchange unnamed = firstZoneEvent(uri, 16, 42);
        assertThat(unnamed.getMessage().getHeader(LutronConstants.NAME)).isNull();

        simulator.reportAvailable(true);
        MockEndpoint events = getMockEndpoint("mock:events");
        Exchange named = await().atMost(10, TimeUnit.SECONDS).until(() -> events.getExchanges().stream()
                .filter(x -> Boolean.TRUE.equals(x.getMessage().getHeader(LutronConstants.RESYNC))
                             && Integer.valueOf(16).equals(x.getMessage().getHeader(LutronConstants.ZONE_ID)))
                .findFirst().orElse(null), x -> x != null);
        assertThat(named.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Bedroom Lights");
        assertThat(named.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(42.0);
        assertThat(context.getStatus().isStarted()).isTrue();
    }

    @Test
    void aMalformedReportIsRetriedUntilItIsReplaced() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        String good = simulator.house().toDbXmlInfo();
        simulator.replaceReport("<?xml version=\"1.0\"?><Project><Areas><Area");
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=100&maxReconnectDelay=200"
                     + "&integrationReport=" + simulator.integrationReportUrl();
        firstZoneEvent(uri, 16, 42);
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.reportRequests() >= 2);
        simulator.replaceReport(good);
        simulator.setLevelFromWall(16, 43);
        MockEndpoint events = getMockEndpoint("mock:events");
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.getExchanges().stream()
                .anyMatch(x -> "Bedroom Lights".equals(x.getMessage().getHeader(LutronConstants.NAME))));
    }

    @Test
    void aReportServedByTheRepeaterIsReadAgainAfterEveryReconnect() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=50&integrationReport="
                     + simulator.integrationReportUrl();
        firstZoneEvent(uri, 16, 42);
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.reportRequests() == 1);
        simulator.dropConnections();
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.reportRequests() == 2);
        assertThat(simulator.loginCount()).isEqualTo(2);
    }

    @Test
    void commandsThatNeedNamesWaitForTheReportThenFailClearly() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        simulator.reportAvailable(false);
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?responseTimeout=500&reconnectDelay=100"
                     + "&integrationReport=" + simulator.integrationReportUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:scene").to(uri + "&operation=activateScene");
            }
        });
        Exchange failed = template.request("direct:scene", x -> x.getMessage().setBody("Movie Time"));
        assertThat(failed.getException()).isInstanceOf(ExchangeTimedOutException.class)
                .hasMessageContaining("names of LIP bridge 127.0.0.1:" + simulator.port())
                .hasMessageContaining("not loaded within 500 ms")
                .hasMessageContaining("DbXmlInfo.xml");
        assertThat(simulator.received()).noneMatch(line -> line.startsWith("#DEVICE"));

        simulator.reportAvailable(true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.reportRequests() >= 1);
        Exchange catalog = template.request("direct:scene", x -> {
            x.getMessage().setHeader(LutronConstants.OPERATION, "catalog");
        });
        assertThat(catalog.getMessage().getBody(String.class)).contains("Bedroom Lights");
    }

    /** A zone command checks the zone's control type, so it waits for the names like a scene by name. */
    @Test
    void aZoneCommandWaitsForTheReportToKnowWhatTheZoneIs() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        simulator.reportAvailable(false);
        String uri = "lutron-lip:127.0.0.1:" + simulator.port() + "?responseTimeout=500&reconnectDelay=100"
                     + "&integrationReport=" + simulator.integrationReportUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fan").to(uri + "&operation=goToFanSpeed");
            }
        });
        Exchange failed = template.request("direct:fan", x -> {
            x.getMessage().setHeader(LutronConstants.ZONE_ID, 10);
            x.getMessage().setBody("High");
        });
        assertThat(failed.getException()).isInstanceOf(ExchangeTimedOutException.class)
                .hasMessageContaining("not loaded within 500 ms");

        simulator.reportAvailable(true);
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(template.request("direct:fan", x -> {
            x.getMessage().setHeader(LutronConstants.ZONE_ID, 10);
            x.getMessage().setBody("High");
        }).getException()).hasMessage("goToFanSpeed needs a zone of type FanSpeed, but zone 10 (Kitchen Downlights)"
                                      + " is Dimmed"));
        assertThat(simulator.received()).noneMatch(line -> line.startsWith("#OUTPUT"));
    }

    @Test
    void aReportNamedByAnEndpointThatJoinsAnOpenSessionNamesItsEventsStartingWithASnapshot() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        String bare = "lutron-lip:127.0.0.1:" + simulator.port();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(bare).to("mock:bare");
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.loginCount() == 1);
        firstZoneEvent(bare + "?integrationReport=" + simulator.integrationReportUrl(), 18, 33);
        MockEndpoint events = getMockEndpoint("mock:events");
        Exchange named = await().atMost(10, TimeUnit.SECONDS).until(() -> events.getExchanges().stream()
                .filter(e -> Integer.valueOf(18).equals(e.getMessage().getHeader(LutronConstants.ZONE_ID))
                             && Double.valueOf(33).equals(e.getMessage().getHeader(LutronConstants.LEVEL))
                             && e.getMessage().getHeader(LutronConstants.NAME) != null)
                .findFirst().orElse(null), e -> e != null);
        assertThat(named.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Office Desk Lights");
        assertThat(simulator.loginCount()).isEqualTo(1);
    }
}
