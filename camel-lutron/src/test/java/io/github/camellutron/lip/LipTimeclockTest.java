package io.github.camellutron.lip;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.lip.client.LipCommandException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeclocks and green modes of the demo house, through routes. */
class LipTimeclockTest extends LipDemoHouseTestSupport {

    @Test
    void setTimeclockModeIsReportedAsATimeclockStatus() {
        assertThat(ask("setTimeclockMode", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK,
                LutronConstants.TIMECLOCK_MODE, 2)).isEqualTo("~TIMECLOCK,30,1,2");
        Exchange event = awaitEvent("TimeclockStatus", header(LutronConstants.TIMECLOCK_MODE, 2));
        assertThat(event.getMessage().getHeader(LutronConstants.TIMECLOCK_ID)).isEqualTo(TIMECLOCK);
        assertThat(event.getMessage().getHeader(LutronConstants.TIMECLOCK_EVENT)).isNull();
        assertThat(event.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Home Timeclock");
        assertThat(event.getMessage().getBody()).isEqualTo(new TimeclockStatus(
                event.getMessage().getBody(TimeclockStatus.class).bridge(),
                event.getMessage().getBody(TimeclockStatus.class).timestamp(), 30, 2, null, "Home Timeclock"));

        Exchange read = send("readTimeclockMode", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK);
        assertThat(read.getMessage().getBody()).isEqualTo("~TIMECLOCK,30,1,2");
        assertThat(read.getMessage().getHeader(LutronConstants.TIMECLOCK_MODE)).isEqualTo(2);
        assertThat(commandsSent()).containsExactly("#TIMECLOCK,30,1,2", "?TIMECLOCK,30,1");
    }

    @Test
    void sunriseAndSunsetAnswerWithTheTimeOfDay() {
        Exchange sunrise = send("readSunrise", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK);
        assertThat(sunrise.getMessage().getBody()).isEqualTo("~TIMECLOCK,30,2,06:45");
        assertThat(sunrise.getMessage().getHeader(LutronConstants.TIME)).isEqualTo("06:45");
        Exchange sunset = send("readSunset", null, LutronConstants.TIMECLOCK_ID, "30");
        assertThat(sunset.getMessage().getHeader(LutronConstants.TIME)).isEqualTo("18:30");
    }

    @Test
    void anExecutedEventIsReportedAndRunsItsScene() {
        ask("executeTimeclockEvent", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK, LutronConstants.TIMECLOCK_EVENT,
                1);
        Exchange event = awaitEvent("TimeclockStatus", header(LutronConstants.TIMECLOCK_EVENT, 1));
        assertThat(event.getMessage().getHeader(LutronConstants.TIMECLOCK_MODE)).isNull();
        assertThat(event.getMessage().getBody(String.class)).contains("\"executedEvent\":1",
                "\"name\":\"Home Timeclock\"");
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, 19).and(header(LutronConstants.LEVEL, 50.0)));
        assertThat(simulator.level(LAMPS)).isEqualTo(60);
    }

    @Test
    void aDisabledEventIsSkippedByTheScheduleUntilEnabledAgain() {
        ask("disableTimeclockEvent", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK, LutronConstants.TIMECLOCK_EVENT,
                2);
        assertThat(simulator.timeclockEventEnabled(TIMECLOCK, 2)).isFalse();
        assertThat(simulator.runTimeclockEvent(TIMECLOCK, 2)).isFalse();
        ask("enableTimeclockEvent", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK, LutronConstants.TIMECLOCK_EVENT,
                2);
        assertThat(simulator.runTimeclockEvent(TIMECLOCK, 2)).isTrue();
        awaitEvent("TimeclockStatus", header(LutronConstants.TIMECLOCK_EVENT, 2));
        assertThat(commandsSent()).containsExactly("#TIMECLOCK,30,6,2,2", "#TIMECLOCK,30,6,2,1");
    }

    @Test
    void timeclockInputIsCheckedBeforeAnythingIsSentAndTheBridgeJudgesTheRest() {
        assertThat(send("setTimeclockMode", null, LutronConstants.TIMECLOCK_MODE, 2).getException())
                .hasMessage("Header CamelLutronTimeclockId is required");
        assertThat(send("executeTimeclockEvent", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK).getException())
                .hasMessage("Header CamelLutronTimeclockEvent is required");
        assertThat(send("setTimeclockMode", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK,
                LutronConstants.TIMECLOCK_MODE, "away").getException())
                .hasMessage("Header CamelLutronTimeclockMode must be an integer, was 'away'");
        assertThat(commandsSent()).isEmpty();
        assertThat(send("executeTimeclockEvent", null, LutronConstants.TIMECLOCK_ID, TIMECLOCK,
                LutronConstants.TIMECLOCK_EVENT, 9).getException()).isInstanceOf(LipCommandException.class)
                .hasMessageEndingWith("~ERROR,4 (parameter data out of range)");
    }

    @Test
    void greenModeStepsAreSetReportedAndRead() {
        assertThat(ask("setGreenModeStep", null, LutronConstants.GREEN_MODE_ID, GREEN_MODE,
                LutronConstants.GREEN_MODE_STEP, 2)).isEqualTo("~MODE,31,1,2");
        Exchange event = awaitEvent("GreenModeStatus", header(LutronConstants.GREEN_MODE_STEP, 2));
        assertThat(event.getMessage().getHeader(LutronConstants.GREEN_MODE_ID)).isEqualTo(GREEN_MODE);
        assertThat(event.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Green Mode");
        assertThat(event.getMessage().getBody(GreenModeStatus.class).step()).isEqualTo(2);

        Exchange read = send("readGreenModeStep", null, LutronConstants.GREEN_MODE_ID, GREEN_MODE);
        assertThat(read.getMessage().getBody()).isEqualTo("~MODE,31,1,2");
        assertThat(read.getMessage().getHeader(LutronConstants.GREEN_MODE_STEP)).isEqualTo(2);
    }

    @Test
    void systemVariablesAreHomeworksOnly() {
        assertThat(send("readVariable", null, LutronConstants.VARIABLE_ID, PARTY_MODE).getException())
                .isInstanceOf(LipCommandException.class).hasMessageEndingWith("~ERROR,6 (unsupported command)");
    }
}
