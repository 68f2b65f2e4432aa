package io.github.camellutron.lip;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a HomeWorks QS processor adds: system variables and flashing keypad LEDs, through routes. */
class LipHomeworksTest extends LipDemoHouseTestSupport {

    @Override
    protected String prompt() {
        return LipBridgeSimulator.QNET_PROMPT;
    }

    @Test
    void systemVariablesAreSetReportedAndRead() {
        assertThat(ask("setVariable", null, LutronConstants.VARIABLE_ID, PARTY_MODE, LutronConstants.VARIABLE_VALUE,
                2)).isEqualTo("~SYSVAR,40,1,2");
        Exchange event = awaitEvent("VariableStatus", header(LutronConstants.VARIABLE_VALUE, 2));
        assertThat(event.getMessage().getHeader(LutronConstants.VARIABLE_ID)).isEqualTo(PARTY_MODE);
        assertThat(event.getMessage().getBody(VariableStatus.class).value()).isEqualTo(2);

        Exchange read = send("readVariable", null, LutronConstants.VARIABLE_ID, PARTY_MODE);
        assertThat(read.getMessage().getBody()).isEqualTo("~SYSVAR,40,1,2");
        assertThat(read.getMessage().getHeader(LutronConstants.VARIABLE_VALUE)).isEqualTo(2);
        assertThat(send("setVariable", null, LutronConstants.VARIABLE_ID, PARTY_MODE).getException())
                .hasMessage("Header CamelLutronVariableValue is required");
        assertThat(commandsSent()).containsExactly("#SYSVAR,40,1,2", "?SYSVAR,40,1");
    }

    @Test
    void keypadLedsFlashAndFlashRapidly() {
        assertThat(ask("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 82,
                LutronConstants.LED_STATE, "Flash")).isEqualTo("~DEVICE,20,82,9,2");
        awaitEvent("LedStatus", header(LutronConstants.LED_ID, 82).and(header(LutronConstants.LED_STATE, "Flash")));
        ask("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 82, LutronConstants.LED_STATE,
                "RapidFlash");
        awaitEvent("LedStatus", header(LutronConstants.LED_ID, 82)
                .and(header(LutronConstants.LED_STATE, "RapidFlash")));
    }
}
