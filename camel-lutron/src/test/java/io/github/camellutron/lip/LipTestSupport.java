package io.github.camellutron.lip;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;

import static org.awaitility.Awaitility.await;

/**
 * A CamelContext per test with a fresh LIP bridge simulator whose house is the one of
 * {@code catalog/DbXmlInfo.xml}, the integration report the endpoints load for names.
 */
abstract class LipTestSupport extends CamelTestSupport {

    static final int PENDANTS = 10;
    static final int UNDER_CABINET = 11;
    static final int KEYPAD = 20;
    static final int PICO = 21;
    static final int SENSOR = 22;

    protected LipBridgeSimulator simulator;

    protected LipBridgeSimulator.Builder configureSimulator(LipBridgeSimulator.Builder builder) {
        return builder;
    }

    static LutronCatalog catalog() throws IOException {
        try (InputStream in = LipTestSupport.class.getResourceAsStream("/catalog/DbXmlInfo.xml")) {
            return IntegrationReports.parse(in);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = configureSimulator(LipBridgeSimulator.builder().house(LipHouse.fromCatalog(catalog())))
                .build().start();
        CamelContext context = super.createCamelContext();
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                simulator.close();
            }
        }, true, true);
        return context;
    }

    /** An endpoint URI for the simulator with fast supervision timings, plus the given options. */
    protected String lip(String options) {
        String timeout = options.contains("responseTimeout=") ? "" : "&responseTimeout=2000";
        return "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=50&maxReconnectDelay=500" + timeout
               + "&integrationReport=classpath:catalog/DbXmlInfo.xml" + (options.isEmpty() ? "" : "&" + options);
    }

    /** Waits for an exchange on the mock that matches, and returns the first such. */
    protected static Exchange awaitExchange(MockEndpoint mock, Predicate<Exchange> match) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> mock.getExchanges().stream().filter(match).findFirst().orElse(null), e -> e != null);
    }

    protected static Predicate<Exchange> header(String name, Object value) {
        return e -> value.equals(e.getMessage().getHeader(name));
    }

    /** The readiness result of a route's consumer, which merges in the Lutron connection check. */
    protected static HealthCheck.Result readiness(CamelContext context, String routeId) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().equals("consumer:" + routeId)).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness check for route " + routeId + " in " + results));
    }

    protected static List<Object> headerValues(MockEndpoint mock, String name) {
        return mock.getExchanges().stream().map(e -> e.getMessage().getHeader(name)).toList();
    }
}
