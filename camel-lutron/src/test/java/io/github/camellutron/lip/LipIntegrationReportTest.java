package io.github.camellutron.lip;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void aReportThatCannotBeReadStopsTheRouteFromStartingWithTheReason() {
        simulator = LipBridgeSimulator.builder().build().start();
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lutron-lip:127.0.0.1:" + simulator.port() + "?integrationReport=classpath:no/such/report.xml")
                        .to("mock:never");
            }
        })).hasMessageStartingWith("Cannot load the integration report classpath:no/such/report.xml");
    }

    @Test
    void aReportNamedByAnEndpointThatJoinsAnOpenSessionNamesItsEvents() throws Exception {
        simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
        String bare = "lutron-lip:127.0.0.1:" + simulator.port();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(bare).to("mock:bare");
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> simulator.loginCount() == 1);
        Exchange e = firstZoneEvent(bare + "?integrationReport=" + simulator.integrationReportUrl(), 18, 33);
        assertThat(e.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Office Desk Lights");
        assertThat(simulator.loginCount()).isEqualTo(1);
    }
}
