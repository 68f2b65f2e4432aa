package io.github.camellutron.lip;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;

import static org.awaitility.Awaitility.await;

/**
 * A CamelContext per test with a fresh LIP bridge simulator playing the demo house (a fan, shades, a venetian blind,
 * contact closure outputs, motion sensors, a timeclock with events, a green mode, a system variable) and serving its
 * DbXmlInfo.xml, which the endpoints load for names and control types. {@code direct:lip} sends to the bridge,
 * {@code mock:events} gets every event.
 */
abstract class LipDemoHouseTestSupport extends CamelTestSupport {

    static final int DOWNLIGHTS = 10;
    static final int LAMPS = 13;
    static final int FAN = 14;
    static final int SHADE = 15;
    static final int DESK_LIGHTS = 18;
    static final int BLIND = 26;
    static final int GARAGE_DOOR = 27;
    static final int FIREPLACE = 28;
    static final int KEYPAD = 20;
    static final int TIMECLOCK = 30;
    static final int GREEN_MODE = 31;
    static final int PARTY_MODE = 40;

    protected LipBridgeSimulator simulator;

    /** The prompt of the bridge played: RadioRA 2 unless a test class wants HomeWorks QS. */
    protected String prompt() {
        return LipBridgeSimulator.GNET_PROMPT;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = LipBridgeSimulator.builder().prompt(prompt()).httpPort(0).build().start();
        CamelContext context = super.createCamelContext();
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                simulator.close();
            }
        }, true, true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip()).routeId("events").to("mock:events");
                from("direct:lip").to(lip());
            }
        };
    }

    @BeforeEach
    void connectedWithNames() {
        // the named snapshot of the last zone: the session is up, the names (and control types) are loaded, and the
        // snapshot's queries are all answered
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, FIREPLACE)
                .and(header(LutronConstants.NAME, "Living Room Fireplace")));
        simulator.clearReceived();
    }

    private String lip() {
        return "lutron-lip:127.0.0.1:" + simulator.port() + "?reconnectDelay=50&maxReconnectDelay=500"
               + "&responseTimeout=2000&integrationReport=" + simulator.integrationReportUrl();
    }

    /** Sends to the bridge with the operation and headers given (name, value, name, value...); returns the answer. */
    protected Exchange send(String operation, Object body, Object... headers) {
        Map<String, Object> map = new HashMap<>();
        map.put(LutronConstants.OPERATION, operation);
        for (int i = 0; i < headers.length; i += 2) {
            map.put((String) headers[i], headers[i + 1]);
        }
        return template.request("direct:lip", e -> {
            e.getMessage().setHeaders(map);
            e.getMessage().setBody(body);
        });
    }

    /** Like {@link #send}, failing when the exchange failed; returns the answer's body. */
    protected Object ask(String operation, Object body, Object... headers) {
        Exchange answer = send(operation, body, headers);
        if (answer.getException() != null) {
            throw new AssertionError(operation + " failed", answer.getException());
        }
        return answer.getMessage().getBody();
    }

    /** What the simulator received since the test began, without the barriers and keep-alives ({@code ?SYSTEM,10}). */
    protected List<String> commandsSent() {
        return simulator.received().stream().filter(line -> !line.equals("?SYSTEM,10")).toList();
    }

    /** Waits for an event of that type on {@code mock:events} that matches, and returns the first such. */
    protected Exchange awaitEvent(String type, Predicate<Exchange> match) {
        MockEndpoint events = getMockEndpoint("mock:events");
        Predicate<Exchange> wanted = header(LutronConstants.EVENT_TYPE, type).and(match);
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> events.getExchanges().stream().filter(wanted).findFirst().orElse(null), e -> e != null);
    }

    protected static Predicate<Exchange> header(String name, Object value) {
        return e -> value.equals(e.getMessage().getHeader(name));
    }
}
