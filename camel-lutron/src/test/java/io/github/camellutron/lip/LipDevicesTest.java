package io.github.camellutron.lip;

import java.time.Duration;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Fans, shades and blinds, flashing lights and contact closure outputs of the demo house, through routes. */
class LipDevicesTest extends LipDemoHouseTestSupport {

    @Test
    void goToFanSpeedSetsTheFansLevelAndItsEventsNameTheSpeed() {
        assertThat(ask("goToFanSpeed", null, LutronConstants.ZONE_ID, FAN, LutronConstants.FAN_SPEED, "MediumHigh"))
                .isEqualTo("~OUTPUT,14,1,75.00");
        Exchange event = awaitEvent("ZoneStatus",
                header(LutronConstants.ZONE_ID, FAN).and(header(LutronConstants.LEVEL, 75.0)));
        assertThat(event.getMessage().getHeader(LutronConstants.FAN_SPEED)).isEqualTo("MediumHigh");
        assertThat(event.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("FanSpeed");
        assertThat(event.getMessage().getBody(ZoneStatus.class).fanSpeed()).isEqualTo("MediumHigh");

        // the body does as well, in any case; the fan's snapshot and wall changes name their speed too
        ask("goToFanSpeed", "low", LutronConstants.ZONE_ID, FAN);
        simulator.setLevelFromWall(FAN, 100);
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, FAN).and(header(LutronConstants.FAN_SPEED, "High")));
        assertThat(commandsSent()).containsExactly("#OUTPUT,14,1,75.00", "#OUTPUT,14,1,25.00");
        assertThat(getMockEndpoint("mock:events").getExchanges()).filteredOn(e -> Integer.valueOf(DOWNLIGHTS)
                .equals(e.getMessage().getHeader(LutronConstants.ZONE_ID)))
                .allSatisfy(e -> assertThat(e.getMessage().getHeader(LutronConstants.FAN_SPEED)).isNull());
    }

    @Test
    void aFanSpeedTheFanHasNotOrAZoneThatIsNoFanFailsBeforeAnythingIsSent() {
        assertThat(send("goToFanSpeed", null, LutronConstants.ZONE_ID, FAN, LutronConstants.FAN_SPEED, "Turbo")
                .getException()).hasMessage("goToFanSpeed needs Off, Low, Medium, MediumHigh or High in the"
                                            + " CamelLutronFanSpeed header or the body, was 'Turbo'");
        assertThat(send("goToFanSpeed", null, LutronConstants.ZONE_ID, FAN).getException())
                .hasMessageEndingWith("was missing");
        assertThat(send("goToFanSpeed", "High", LutronConstants.ZONE_ID, DOWNLIGHTS).getException())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goToFanSpeed needs a zone of type FanSpeed, but zone 10 (Kitchen Downlights) is Dimmed");
        assertThat(commandsSent()).isEmpty();
    }

    @Test
    void aBlindTiltsAndItsTiltReportsCarryItsLastLift() {
        assertThat(ask("goToTilt", null, LutronConstants.ZONE_ID, BLIND, LutronConstants.LEVEL, 30))
                .isEqualTo("~OUTPUT,26,9,30.00");
        Exchange tilted = awaitEvent("ZoneStatus",
                header(LutronConstants.ZONE_ID, BLIND).and(header(LutronConstants.TILT, 30.0)));
        assertThat(tilted.getMessage().getHeader(LutronConstants.LEVEL)).as("the lift of the snapshot")
                .isEqualTo(100.0);
        assertThat(tilted.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("ShadeWithTilt");
        assertThat(tilted.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Office Blind");

        assertThat(ask("goToLiftAndTilt", 40, LutronConstants.ZONE_ID, BLIND, LutronConstants.TILT, "70",
                LutronConstants.FADE_TIME, Duration.ofSeconds(2))).isEqualTo("~OUTPUT,26,10,40.00,70.00");
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, BLIND).and(header(LutronConstants.LEVEL, 40.0))
                .and(header(LutronConstants.TILT, 70.0)));
        // a lift moved at the wall keeps the last tilt
        simulator.setLevelFromWall(BLIND, 55);
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, BLIND).and(header(LutronConstants.LEVEL, 55.0))
                .and(header(LutronConstants.TILT, 70.0)));
        ask("goToTilt", "12.5", LutronConstants.ZONE_ID, BLIND, LutronConstants.DELAY_TIME, 0.25);
        assertThat(commandsSent()).containsSubsequence("#OUTPUT,26,9,30.00", "#OUTPUT,26,10,40.00,70.00,2",
                "#OUTPUT,26,9,12.50,1,0.25");
        await().until(() -> simulator.tilt(BLIND) == 12.5);
    }

    @Test
    void tiltAndLiftRaiseLowerAndStop() {
        ask("lowerTilt", null, LutronConstants.ZONE_ID, BLIND);
        await().until(() -> simulator.tilt(BLIND) <= 30);
        assertThat(ask("stopTilt", null, LutronConstants.ZONE_ID, BLIND)).asString().startsWith("~OUTPUT,26,9,");
        double tilt = simulator.tilt(BLIND);
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, BLIND).and(header(LutronConstants.TILT, tilt)));
        ask("raiseTilt", null, LutronConstants.ZONE_ID, BLIND);
        await().until(() -> simulator.tilt(BLIND) == 100);

        ask("lowerLift", null, LutronConstants.ZONE_ID, SHADE);
        await().until(() -> simulator.level(SHADE) <= 70);
        assertThat(ask("stopLift", null, LutronConstants.ZONE_ID, SHADE)).asString().startsWith("~OUTPUT,15,1,");
        double lift = simulator.level(SHADE);
        awaitEvent("ZoneStatus", header(LutronConstants.ZONE_ID, SHADE).and(header(LutronConstants.LEVEL, lift)));
        ask("raiseLift", null, LutronConstants.ZONE_ID, BLIND);
        await().until(() -> simulator.level(BLIND) == 100);
        assertThat(commandsSent()).containsSubsequence("#OUTPUT,26,12", "#OUTPUT,26,13", "#OUTPUT,26,11",
                "#OUTPUT,15,15", "#OUTPUT,15,16", "#OUTPUT,26,14");
    }

    @Test
    void aZoneThatCannotTiltOrLiftIsRefusedNamingItsType() {
        assertThat(send("goToTilt", 50, LutronConstants.ZONE_ID, SHADE).getException()).hasMessage(
                "goToTilt needs a zone of type ShadeWithTilt or Tilt, but zone 15 (Living Room Shade) is Shade");
        assertThat(send("goToLiftAndTilt", 50, LutronConstants.ZONE_ID, SHADE, LutronConstants.TILT, 50)
                .getException()).hasMessage("goToLiftAndTilt needs a zone of type ShadeWithTilt, but zone 15"
                                            + " (Living Room Shade) is Shade");
        for (String operation : new String[] { "raiseTilt", "lowerTilt", "stopTilt" }) {
            assertThat(send(operation, null, LutronConstants.ZONE_ID, FAN).getException()).hasMessage(operation
                    + " needs a zone of type ShadeWithTilt or Tilt, but zone 14 (Living Room Ceiling Fan) is FanSpeed");
        }
        for (String operation : new String[] { "raiseLift", "lowerLift", "stopLift" }) {
            assertThat(send(operation, null, LutronConstants.ZONE_ID, DOWNLIGHTS).getException()).hasMessage(operation
                    + " needs a zone of type Shade or ShadeWithTilt, but zone 10 (Kitchen Downlights) is Dimmed");
        }
        assertThat(send("goToLiftAndTilt", 50, LutronConstants.ZONE_ID, BLIND).getException())
                .hasMessage("goToLiftAndTilt needs a tilt 0-100 in the CamelLutronTilt header, was missing");
        assertThat(send("goToTilt", "half", LutronConstants.ZONE_ID, BLIND).getException())
                .hasMessage("goToTilt needs a tilt 0-100 in the CamelLutronLevel header or the body, was 'half'");
        assertThat(send("goToTilt", 120, LutronConstants.ZONE_ID, BLIND).getException())
                .hasMessage("Level 120.0 is out of range 0-100");
        assertThat(commandsSent()).isEmpty();
    }

    @Test
    void flashLightsALightUntilItsNextLevel() {
        ask("flash", null, LutronConstants.ZONE_ID, DESK_LIGHTS, LutronConstants.FADE_TIME, 1.5);
        assertThat(simulator.flashing(DESK_LIGHTS)).isTrue();
        ask("goToLevel", 20, LutronConstants.ZONE_ID, DESK_LIGHTS);
        assertThat(simulator.flashing(DESK_LIGHTS)).isFalse();
        ask("flash", null, LutronConstants.ZONE_ID, 12, LutronConstants.DELAY_TIME, "1s");
        await().until(() -> simulator.flashing(12));
        assertThat(commandsSent()).containsSubsequence("#OUTPUT,18,5,1.50", "#OUTPUT,18,1,20.00",
                "#OUTPUT,12,5,1,1");

        assertThat(send("flash", null, LutronConstants.ZONE_ID, FAN).getException()).hasMessage(
                "flash needs a zone of type Dimmed or Switched, but zone 14 (Living Room Ceiling Fan) is FanSpeed");
        assertThat(send("flash", null, LutronConstants.ZONE_ID, GARAGE_DOOR).getException())
                .hasMessageEndingWith("is CCO");
    }

    @Test
    void contactClosureOutputsPulseOrOpenAndClose() {
        ask("pulse", null, LutronConstants.ZONE_ID, GARAGE_DOOR, LutronConstants.PULSE_TIME, Duration.ofMillis(500));
        ask("pulse", null, LutronConstants.ZONE_ID, GARAGE_DOOR);
        assertThat(commandsSent()).containsSubsequence("#OUTPUT,27,6,0.50", "#OUTPUT,27,6");
        assertThat(send("pulse", null, LutronConstants.ZONE_ID, DOWNLIGHTS).getException()).hasMessage(
                "pulse needs a zone of type CCO, but zone 10 (Kitchen Downlights) is Dimmed");
        assertThat(send("pulse", null, LutronConstants.ZONE_ID, GARAGE_DOOR, LutronConstants.PULSE_TIME, "-1")
                .getException()).hasMessageStartingWith("CamelLutronPulseTime must be");

        // a maintained one closes at any level above 0 and opens at 0
        assertThat(ask("goToLevel", 100, LutronConstants.ZONE_ID, FIREPLACE)).isEqualTo("~OUTPUT,28,1,100.00");
        Exchange closed = awaitEvent("ZoneStatus",
                header(LutronConstants.ZONE_ID, FIREPLACE).and(header(LutronConstants.LEVEL, 100.0)));
        assertThat(closed.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("CCO");
        assertThat(ask("goToLevel", 0, LutronConstants.ZONE_ID, FIREPLACE)).isEqualTo("~OUTPUT,28,1,0.00");
    }

    /** RadioRA 2 has no flashing LEDs: it reports a flash as on (LIP.md 2.4). */
    @Test
    void aRadioRa2KeypadLedAskedToFlashIsOn() {
        assertThat(ask("setLed", null, LutronConstants.DEVICE_ID, KEYPAD, LutronConstants.LED_ID, 82,
                LutronConstants.LED_STATE, "Flash")).isEqualTo("~DEVICE,20,82,9,1");
        Exchange led = awaitEvent("LedStatus", header(LutronConstants.LED_ID, 82));
        assertThat(led.getMessage().getHeader(LutronConstants.LED_STATE)).isEqualTo("On");
        assertThat(commandsSent()).startsWith("#DEVICE,20,82,9,2");
    }

    @Test
    void aMotionSensorOfTheDemoHouseReportsOccupancy() {
        simulator.setOccupancy(6, true);
        Exchange sensor = awaitEvent("OccupancyStatus", header(LutronConstants.DEVICE_ID, 25));
        assertThat(sensor.getMessage().getHeader(LutronConstants.AREA_ID)).isEqualTo(6);
        assertThat(sensor.getMessage().getHeader(LutronConstants.NAME)).isEqualTo("Hallway Motion Sensor");
        assertThat(sensor.getMessage().getHeader(LutronConstants.OCCUPANCY)).isEqualTo("Occupied");
    }
}
