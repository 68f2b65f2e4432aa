package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.github.camellutron.event.FanSpeed;
import org.junit.jupiter.api.Test;

class LipCommandsTest {

    private static final Duration FADE = Duration.ofMillis(2500);
    private static final Duration DELAY = Duration.ofSeconds(150);

    @Test
    void setLevel() {
        assertThat(LipCommands.setLevel(5, 75)).hasToString("#OUTPUT,5,1,75.00");
        assertThat(LipCommands.setLevel(5, 75, null, null)).hasToString("#OUTPUT,5,1,75.00");
        assertThat(LipCommands.setLevel(5, 33.333, FADE, null)).hasToString("#OUTPUT,5,1,33.33,2.50");
        assertThat(LipCommands.setLevel(5, 0, FADE, DELAY)).hasToString("#OUTPUT,5,1,0.00,2.50,2:30");
        assertThat(LipCommands.setLevel(5, 100, Duration.ZERO, Duration.ZERO)).hasToString("#OUTPUT,5,1,100.00,0,0");
    }

    @Test
    void delayWithoutFadeSendsTheDefaultFade() {
        assertThat(LipCommands.setLevel(5, 75, null, DELAY)).hasToString("#OUTPUT,5,1,75.00,1,2:30");
        assertThat(LipCommands.setAreaLevel(2, 50, null, Duration.ofSeconds(4))).hasToString("#AREA,2,1,50.00,1,4");
    }

    @Test
    void setLevelBuildsAnExecuteOutputMessage() {
        LipMessage m = LipCommands.setLevel(5, 75, FADE, null);

        assertThat(m.operation()).isEqualTo(LipOperation.EXECUTE);
        assertThat(m.commandType()).isEqualTo(LipCommandType.OUTPUT);
        assertThat(m.fields()).containsExactly("5", "1", "75.00", "2.50");
        assertThat(LipMessage.parse(m.toString())).isEqualTo(m);
    }

    @Test
    void raiseLowerStopAndQuery() {
        assertThat(LipCommands.startRaising(7)).hasToString("#OUTPUT,7,2");
        assertThat(LipCommands.startLowering(7)).hasToString("#OUTPUT,7,3");
        assertThat(LipCommands.stop(7)).hasToString("#OUTPUT,7,4");
        assertThat(LipCommands.queryLevel(7)).hasToString("?OUTPUT,7,1");
    }

    @Test
    void flashAndPulse() {
        assertThat(LipCommands.flash(7, null, null)).hasToString("#OUTPUT,7,5");
        assertThat(LipCommands.flash(7, Duration.ofSeconds(1), null)).hasToString("#OUTPUT,7,5,1");
        assertThat(LipCommands.flash(7, Duration.ofMillis(500), Duration.ofSeconds(3))).hasToString("#OUTPUT,7,5,0.50,3");
        assertThat(LipCommands.flash(7, null, Duration.ofSeconds(3))).hasToString("#OUTPUT,7,5,1,3");
        assertThat(LipCommands.pulse(75, Duration.ofMillis(500))).hasToString("#OUTPUT,75,6,0.50");
        assertThat(LipCommands.pulse(75, null)).hasToString("#OUTPUT,75,6");
    }

    @Test
    void tiltAndLift() {
        assertThat(LipCommands.setTilt(9, 50, null, null)).hasToString("#OUTPUT,9,9,50.00");
        assertThat(LipCommands.setTilt(9, 50, null, Duration.ofSeconds(2))).hasToString("#OUTPUT,9,9,50.00,1,2");
        assertThat(LipCommands.setLiftAndTilt(9, 100, 25, null, null)).hasToString("#OUTPUT,9,10,100.00,25.00");
        assertThat(LipCommands.setLiftAndTilt(9, 100, 25, Duration.ZERO, Duration.ofMillis(250)))
                .hasToString("#OUTPUT,9,10,100.00,25.00,0,0.25");
        assertThat(LipCommands.startRaisingTilt(9)).hasToString("#OUTPUT,9,11");
        assertThat(LipCommands.startLoweringTilt(9)).hasToString("#OUTPUT,9,12");
        assertThat(LipCommands.stopTilt(9)).hasToString("#OUTPUT,9,13");
        assertThat(LipCommands.startRaisingLift(9)).hasToString("#OUTPUT,9,14");
        assertThat(LipCommands.startLoweringLift(9)).hasToString("#OUTPUT,9,15");
        assertThat(LipCommands.stopLift(9)).hasToString("#OUTPUT,9,16");
    }

    @Test
    void fanSpeeds() {
        assertThat(LipCommands.setFanSpeed(14, FanSpeed.OFF)).hasToString("#OUTPUT,14,1,0.00");
        assertThat(LipCommands.setFanSpeed(14, FanSpeed.of("mediumhigh"))).hasToString("#OUTPUT,14,1,75.00");
        assertThat(LipCommands.setFanSpeed(14, FanSpeed.of(" High "))).hasToString("#OUTPUT,14,1,100.00");
        assertThatThrownBy(() -> FanSpeed.of("Turbo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Fan speed 'Turbo' is not one of Off, Low, Medium, MediumHigh, High");
        assertThatThrownBy(() -> LipCommands.setFanSpeed(14, null)).hasMessage("Fan speed is required");
        assertThat(FanSpeed.ofLevel(0)).isEqualTo(FanSpeed.OFF);
        assertThat(FanSpeed.ofLevel(12.5)).as("half way: the higher").isEqualTo(FanSpeed.LOW);
        assertThat(FanSpeed.ofLevel(60)).isEqualTo(FanSpeed.MEDIUM);
        assertThat(FanSpeed.ofLevel(75)).isEqualTo(FanSpeed.MEDIUM_HIGH);
        assertThat(FanSpeed.ofLevel(100)).isEqualTo(FanSpeed.HIGH);
    }

    @Test
    void buttons() {
        assertThat(LipCommands.press(1, 5)).hasToString("#DEVICE,1,5,3");
        assertThat(LipCommands.release(1, 5)).hasToString("#DEVICE,1,5,4");
        assertThat(LipCommands.hold(12, 2)).hasToString("#DEVICE,12,2,5");
        assertThat(LipCommands.multiTap(12, 2)).hasToString("#DEVICE,12,2,6");
    }

    @Test
    void leds() {
        assertThat(LipCommands.setLed(1, 101, LedCode.ON)).hasToString("#DEVICE,1,101,9,1");
        assertThat(LipCommands.setLed(1, 101, LedCode.OFF)).hasToString("#DEVICE,1,101,9,0");
        assertThat(LipCommands.setLed(30, 81, LedCode.FLASH)).hasToString("#DEVICE,30,81,9,2");
        assertThat(LipCommands.setLed(30, 81, LedCode.RAPID_FLASH)).hasToString("#DEVICE,30,81,9,3");
        assertThat(LipCommands.queryLed(1, 101)).hasToString("?DEVICE,1,101,9");
        assertThatThrownBy(() -> LipCommands.setLed(1, 101, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LED state is required");
    }

    @Test
    void occupancyAreaTimeclockModeSysvar() {
        assertThat(LipCommands.queryOccupancy(5)).hasToString("?GROUP,5,3");
        assertThat(LipCommands.setAreaLevel(2, 40, FADE, null)).hasToString("#AREA,2,1,40.00,2.50");
        assertThat(LipCommands.areaScene(2, 3)).hasToString("#AREA,2,6,3");
        assertThat(LipCommands.areaScene(2, 0)).hasToString("#AREA,2,6,0");
        assertThat(LipCommands.timeclockExecuteEvent(1, 4)).hasToString("#TIMECLOCK,1,5,4");
        assertThat(LipCommands.timeclockEnableEvent(1, 2, true)).hasToString("#TIMECLOCK,1,6,2,1");
        assertThat(LipCommands.timeclockEnableEvent(1, 2, false)).hasToString("#TIMECLOCK,1,6,2,2");
        assertThat(LipCommands.modeStep(22, 2)).hasToString("#MODE,22,1,2");
        assertThat(LipCommands.setSysvar(80, 2)).hasToString("#SYSVAR,80,1,2");
        assertThat(LipCommands.timeclockMode(1, 2)).hasToString("#TIMECLOCK,1,1,2");
        assertThat(LipCommands.queryTimeclock(1, TimeclockAction.MODE)).hasToString("?TIMECLOCK,1,1");
        assertThat(LipCommands.queryTimeclock(1, TimeclockAction.SUNRISE)).hasToString("?TIMECLOCK,1,2");
        assertThat(LipCommands.queryTimeclock(1, TimeclockAction.SUNSET)).hasToString("?TIMECLOCK,1,3");
        assertThatThrownBy(() -> LipCommands.queryTimeclock(1, TimeclockAction.EXECUTE_EVENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LipCommands.queryModeStep(22)).hasToString("?MODE,22,1");
        assertThat(LipCommands.querySysvar(80)).hasToString("?SYSVAR,80,1");
        assertThatThrownBy(() -> LipCommands.timeclockMode(1, -1)).hasMessage("Timeclock mode -1 must not be negative");
    }

    @Test
    void monitoringAndSystem() {
        assertThat(LipCommands.monitoring(MonitoringType.PROMPT, false)).hasToString("#MONITORING,12,2");
        assertThat(LipCommands.monitoring(MonitoringType.ZONE, true)).hasToString("#MONITORING,5,1");
        assertThat(LipCommands.monitoring(MonitoringType.ALL, false)).hasToString("#MONITORING,255,2");
        assertThat(LipCommands.queryDatabaseExportTime()).hasToString("?SYSTEM,10");
        assertThatThrownBy(() -> LipCommands.monitoring(null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Monitoring type is required");
    }

    @Test
    void outOfRangeLevelIsRefused() {
        assertThatThrownBy(() -> LipCommands.setLevel(5, 150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level 150.0 is out of range 0-100");
        assertThatThrownBy(() -> LipCommands.setLiftAndTilt(5, 50, -3, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level -3.0 is out of range 0-100");
        assertThatThrownBy(() -> LipCommands.setAreaLevel(2, Double.NaN, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level NaN is out of range 0-100");
    }

    @Test
    void invalidTimesAreRefused() {
        assertThatThrownBy(() -> LipCommands.setLevel(5, 50, Duration.ofHours(5), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT5H exceeds the limit of 4 hours (PT4H)");
        assertThatThrownBy(() -> LipCommands.setLevel(5, 50, null, Duration.ofSeconds(-2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT-2S must not be negative");
        assertThatThrownBy(() -> LipCommands.pulse(5, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT-1S must not be negative");
    }

    @Test
    void negativeIdsAreRefused() {
        assertThatThrownBy(() -> LipCommands.setLevel(-1, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Integration id -1 must not be negative");
        assertThatThrownBy(() -> LipCommands.queryOccupancy(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Integration id -5 must not be negative");
        assertThatThrownBy(() -> LipCommands.press(1, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Component number -2 must not be negative");
        assertThatThrownBy(() -> LipCommands.queryLed(-1, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Integration id -1 must not be negative");
        assertThatThrownBy(() -> LipCommands.areaScene(2, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Scene -1 must not be negative");
        assertThatThrownBy(() -> LipCommands.timeclockExecuteEvent(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event index -1 must not be negative");
        assertThatThrownBy(() -> LipCommands.modeStep(22, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mode step -1 must not be negative");
        assertThatThrownBy(() -> LipCommands.setSysvar(80, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Variable state -1 must not be negative");
    }

    @Test
    void largestIdIsAccepted() {
        assertThat(LipCommands.press(Integer.MAX_VALUE, 0)).hasToString("#DEVICE,2147483647,0,3");
    }
}
