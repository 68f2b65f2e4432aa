package io.github.camellutron.lip;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.lip.client.LipCommandException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LipProducerTest extends LipTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lip").to(lip(""));
                from("direct:level").to(lip("operation=goToLevel"));
            }
        };
    }

    @BeforeEach
    void connected() {
        // the first command waits for the connection; after it the simulator's log holds only our commands
        template.requestBody("direct:lip", "?OUTPUT,10,1");
        simulator.clearReceived();
    }

    private Object send(String operation, Object body, Object... headers) {
        Map<String, Object> map = new HashMap<>();
        map.put(LutronConstants.OPERATION, operation);
        for (int i = 0; i < headers.length; i += 2) {
            map.put((String) headers[i], headers[i + 1]);
        }
        return template.requestBodyAndHeaders("direct:lip", body, map);
    }

    private List<String> received() {
        return simulator.received();
    }

    @Test
    void rawCommandAnswersWithItsEcho() {
        assertThat(template.requestBody("direct:lip", "#OUTPUT,10,1,75")).isEqualTo("~OUTPUT,10,1,75.00");
        assertThat(simulator.level(PENDANTS)).isEqualTo(75.0);
        assertThat(template.requestBody("direct:lip", "?OUTPUT,10,1\r\n")).isEqualTo("~OUTPUT,10,1,75.00");
    }

    @Test
    void goToLevelWithFadeAndDelay() {
        assertThat(send("goToLevel", null, LutronConstants.ZONE_ID, PENDANTS, LutronConstants.LEVEL, 40,
                LutronConstants.FADE_TIME, Duration.ofMillis(2500))).isEqualTo("~OUTPUT,10,1,40.00");
        send("goToLevel", "33.3", LutronConstants.ZONE_ID, "11", LutronConstants.FADE_TIME, 90,
                LutronConstants.DELAY_TIME, "2s");
        assertThat(received()).containsSubsequence("#OUTPUT,10,1,40.00,2.50", "#OUTPUT,11,1,33.30,90,2");
        assertThat(template.requestBodyAndHeader("direct:level", 5, LutronConstants.ZONE_ID, PENDANTS))
                .isEqualTo("~OUTPUT,10,1,5.00");
    }

    @Test
    void raiseLowerStop() {
        send("raise", null, LutronConstants.ZONE_ID, PENDANTS);
        send("lower", null, LutronConstants.ZONE_ID, PENDANTS);
        send("stop", null, LutronConstants.ZONE_ID, PENDANTS);
        assertThat(received()).containsSubsequence("#OUTPUT,10,2", "#OUTPUT,10,3", "#OUTPUT,10,4");
    }

    @Test
    void buttonOperations() {
        assertThat(send("pressButton", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.BUTTON_ID, 2))
                .isEqualTo("~DEVICE,20,2,4");
        send("pressAndHold", null, LutronConstants.DEVICE_ID, PICO, LutronConstants.BUTTON_ID, 5);
        send("release", null, LutronConstants.DEVICE_ID, PICO, LutronConstants.BUTTON_ID, 5);
        assertThat(received()).containsSubsequence("#DEVICE,20,2,3", "#DEVICE,20,2,4", "#DEVICE,21,5,3",
                "#DEVICE,21,5,4");
    }

    @Test
    void setLed() {
        assertThat(send("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 84,
                LutronConstants.LED_STATE, "On")).isEqualTo("~DEVICE,20,84,9,1");
        send("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 84,
                LutronConstants.LED_STATE, "Off");
        assertThat(received()).containsSubsequence("#DEVICE,20,84,9,1", "#DEVICE,20,84,9,0");
    }

    @Test
    void activateSceneByNameOrId() {
        send("activateScene", "movie time");
        send("activateScene", 3);
        assertThat(received()).containsSubsequence("#DEVICE,1,2,3", "#DEVICE,1,2,4", "#DEVICE,1,3,3",
                "#DEVICE,1,3,4");
        assertThatThrownBy(() -> send("activateScene", "Disco"))
                .hasRootCauseMessage("Unknown scene 'Disco'; known: [Good Night, Movie Time, Vacation]");
    }

    @Test
    void aSceneNumberThatIsNoWholeNumberAnIntHoldsFailsBeforeAnythingIsSent() {
        for (Object body : new Object[] { 4294967299L, 2.5, -1, "99999999999" }) {
            assertThatThrownBy(() -> send("activateScene", body)).rootCause()
                    .hasMessage("activateScene needs a scene number (0 to 2147483647) or name, was '" + body + "'");
        }
        assertThat(received()).isEmpty();
    }

    @Test
    void readAnswersWithTheLevelLineAndHeaders() {
        simulator.setLevelFromWall(UNDER_CABINET, 64);
        Exchange answer = template.request("direct:lip", e -> {
            e.getMessage().setHeader(LutronConstants.OPERATION, "read");
            e.getMessage().setHeader(LutronConstants.ZONE_ID, UNDER_CABINET);
        });
        assertThat(answer.getMessage().getBody()).isEqualTo("~OUTPUT,11,1,64.00");
        assertThat(answer.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(64.0);
    }

    @Test
    void catalogIsTheIntegrationReportAndReadsAsJson() {
        Exchange answer = template.request("direct:lip",
                e -> e.getMessage().setHeader(LutronConstants.OPERATION, "catalog"));
        LutronCatalog catalog = answer.getMessage().getBody(LutronCatalog.class);
        assertThat(catalog.zone(PENDANTS)).hasValueSatisfying(z -> assertThat(z.name()).isEqualTo("Island Pendants"));
        assertThat(answer.getMessage().getBody(String.class)).contains("\"Island Pendants\"", "\"Movie Time\"");
        assertThat(received()).isEmpty();
    }

    @Test
    void bridgeErrorFailsTheExchangeWithCodeAndMeaning() {
        assertThatThrownBy(() -> template.requestBody("direct:lip", "#OUTPUT,9999,1,50"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(LipCommandException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("Bridge 127.0.0.1:" + simulator.port()
                                                         + " rejected #OUTPUT,9999,1,50: ~ERROR,2 (object does not exist)");
                });
        // a motor jog is an action of the guide, which a dimmer does not have
        assertThatThrownBy(() -> template.requestBody("direct:lip", "#OUTPUT,10,18"))
                .hasRootCauseInstanceOf(LipCommandException.class).hasRootCauseMessage(
                        "Bridge 127.0.0.1:" + simulator.port() + " rejected #OUTPUT,10,18: ~ERROR,3 (invalid action number)");
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, 10, LutronConstants.LEVEL, 150))
                .hasRootCauseMessage("Level 150.0 is out of range 0-100");
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, "ten", LutronConstants.LEVEL, 5))
                .hasRootCauseMessage("Header CamelLutronZoneId must be an integer, was 'ten'");
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, "10,1", LutronConstants.LEVEL, 5))
                .hasRootCauseMessage("Header CamelLutronZoneId must be an integer, was '10,1'");
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, 10))
                .hasRootCauseMessage("goToLevel needs a level 0-100 in the CamelLutronLevel header or the body,"
                                     + " was missing");
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, 10, LutronConstants.LEVEL, 5,
                LutronConstants.FADE_TIME, "soon"))
                .hasRootCauseMessage("CamelLutronFadeTime must be a Duration, a number of seconds or a duration"
                                     + " like 2s, was 'soon'");
        assertThatThrownBy(() -> template.requestBody("direct:lip", "#OUTPUT,10,1,75\r\n#OUTPUT,11,1,0"))
                .rootCause().hasMessageContaining("Control character in LIP line");
        assertThatThrownBy(() -> template.requestBody("direct:lip", "hello"))
                .rootCause().hasMessageStartingWith("No operation:");
        assertThatThrownBy(() -> send("dance", null)).rootCause().hasMessageStartingWith(
                "Unknown lutron-lip operation 'dance'");
        assertThatThrownBy(() -> send("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 81,
                LutronConstants.LED_STATE, "Blinking"))
                .rootCause().hasMessage("setLed needs the CamelLutronLedState header: Off, On, Flash or"
                                        + " RapidFlash, was 'Blinking'");
        assertThatThrownBy(() -> send("pressButton", null, LutronConstants.DEVICE_ID, KEYPAD))
                .rootCause().hasMessage("Header CamelLutronButtonId is required");
        // nothing of the above reached the bridge
        template.requestBody("direct:lip", "?OUTPUT,11,1");
        assertThat(received()).containsExactly("?OUTPUT,11,1");
    }

    static Stream<Arguments> unreadableTimes() {
        return Stream.of(Arguments.of(LutronConstants.FADE_TIME, "1\r\n#OUTPUT,1,1,0"),
                Arguments.of(LutronConstants.FADE_TIME, "abc"), Arguments.of(LutronConstants.FADE_TIME, "2,5"),
                Arguments.of(LutronConstants.FADE_TIME, "2 s 5"), Arguments.of(LutronConstants.DELAY_TIME, "1,0"),
                Arguments.of(LutronConstants.DELAY_TIME, "abc"), Arguments.of(LutronConstants.DELAY_TIME, "3s,#OUTPUT"),
                Arguments.of(LutronConstants.DELAY_TIME, "-1"));
    }

    @ParameterizedTest
    @MethodSource("unreadableTimes")
    void fadeAndDelayTimesThatDoNotParseFailBeforeAnythingIsSent(String header, String text) {
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, PENDANTS, LutronConstants.LEVEL, 50,
                header, text))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(header);
        template.requestBody("direct:lip", "?OUTPUT,11,1");
        assertThat(received()).containsExactly("?OUTPUT,11,1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#OUTPUT,10,1,150 | Level 150.0 is out of range 0-100",
            "#OUTPUT,abc,1,50 | Integration id 'abc' is not a number",
            "#OUTPUT,10,77 | OUTPUT action 77 is not an action of the LIP guide",
            "#OUTPUT,10,1,50,abc | Fade time 'abc' is not a LIP time",
            "#OUTPUT,10,1,50,1,2,3 | #OUTPUT,10,1,50,1,2,3 has 6 fields; OUTPUT action 1 takes at most 5",
            "?OUTPUT,x,1 | Integration id 'x' is not a number",
            "#DEVICE,20,3,77 | DEVICE action 77 is not an action of the LIP guide",
            "#DEVICE,20,x,3 | Component number 'x' is not a number",
            "#DEVICE,20,81,9,7 | LED state 7 is not 0 (off), 1 (on), 2 (flash) or 3 (rapid flash)",
            "#MONITORING,5,3 | MONITORING takes 1 (enable) or 2 (disable), not '3'",
            "#OUTPUT | #OUTPUT needs an integration id and an action" })
    void rawLinesThatBreakTheGrammarFailBeforeAnythingIsSent(String line, String message) {
        assertThatThrownBy(() -> template.requestBody("direct:lip", line))
                .hasRootCauseMessage(message)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid LIP command: " + message);
        template.requestBody("direct:lip", "?OUTPUT,11,1");
        assertThat(received()).containsExactly("?OUTPUT,11,1");
    }

    @Test
    void aRawLineOfAFamilyTheGrammarDoesNotModelIsSentAsIs() {
        template.send("direct:lip", e -> e.getMessage().setBody("?INTEGRATIONID,1,10"));
        assertThat(received()).containsExactly("?INTEGRATIONID,1,10");
    }

    /** Found by ProducerHeadersFuzzTest: a whole number beyond int was cut to an int, addressing another zone. */
    @Test
    void anIdBeyondIntFailsBeforeAnythingIsSentInsteadOfAddressingAnotherZone() {
        assertThatThrownBy(() -> send("goToLevel", null, LutronConstants.ZONE_ID, 4294967306L, LutronConstants.LEVEL, 5))
                .hasRootCauseMessage("Header CamelLutronZoneId must be an integer, was '4294967306'");
        assertThatThrownBy(() -> send("raise", null, LutronConstants.ZONE_ID, 9.231904E36f))
                .hasRootCauseMessage("Header CamelLutronZoneId must be an integer, was '9.231904E36'");
        assertThatThrownBy(() -> send("pressButton", null, LutronConstants.DEVICE_ID, new BigDecimal("1E+12"),
                LutronConstants.BUTTON_ID, 2))
                .hasRootCauseMessage("Header CamelLutronDeviceId must be an integer, was '1E+12'");
        // nothing of the above reached the bridge
        template.requestBody("direct:lip", "?OUTPUT,10,1");
        assertThat(received()).containsExactly("?OUTPUT,10,1");
    }

    /** Found by ProducerHeadersFuzzTest: a number was cut to an int, so 1.5 meant On and 2^32 + 1 On too. */
    @Test
    void anLedStateNumberThatIsNotZeroToThreeExactlyFailsBeforeAnythingIsSent() {
        for (Object state : new Object[] { 1.5, 4294967297L, -4.9E-324 }) {
            assertThatThrownBy(() -> send("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 81,
                    LutronConstants.LED_STATE, state))
                    .rootCause().hasMessage("setLed needs the CamelLutronLedState header: Off, On, Flash or"
                                            + " RapidFlash, was '" + state + "'");
        }
        template.requestBody("direct:lip", "?OUTPUT,10,1");
        assertThat(received()).containsExactly("?OUTPUT,10,1");
    }

    @Test
    void commandWhileTheLinkIsDownFailsAtOnceWithTheReason() {
        simulator.refuseConnections(true);
        simulator.dropConnections();
        await().untilAsserted(() -> assertThatThrownBy(() -> template.requestBody("direct:lip", "?OUTPUT,10,1"))
                .cause().isInstanceOf(LutronConnectionException.class)
                .hasMessageContaining("is down").hasMessageContaining("cannot send ?OUTPUT,10,1"));
    }
}
