package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeapRequestsTest {

    private static final String ZONE = "{\"CommuniqueType\":\"CreateRequest\",\"Header\":{\"Url\":"
                                       + "\"/zone/5/commandprocessor\"},\"Body\":{\"Command\":";

    private static void assertJson(LeapMessage request, String json) {
        assertThat(request.toJson()).isEqualTo(json);
        assertThat(request.clientTag()).isNull();
        assertThat(LeapMessage.parse(json)).isEqualTo(request);
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void readSubscribeAndPing() {
        assertJson(LeapRequests.read("/zone/5/status"),
                "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/zone/5/status\"}}");
        assertJson(LeapRequests.subscribe("/button/101/status/event"),
                "{\"CommuniqueType\":\"SubscribeRequest\",\"Header\":{\"Url\":\"/button/101/status/event\"}}");
        assertJson(LeapRequests.ping(),
                "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/server/1/status/ping\"}}");
        assertThatThrownBy(() -> LeapRequests.read(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeapRequests.subscribe("zone/status")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deviceStatusAndSmartAway() {
        assertJson(LeapRequests.deviceStatus(7),
                "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/device/7/status\"}}");
        assertJson(LeapRequests.setSmartAway(true), "{\"CommuniqueType\":\"UpdateRequest\",\"Header\":{\"Url\":"
                                                    + "\"/system/away/1/status\"},\"Body\":{\"AwayStatus\":"
                                                    + "{\"EnabledState\":\"Enabled\"}}}");
        assertJson(LeapRequests.setSmartAway(false), "{\"CommuniqueType\":\"UpdateRequest\",\"Header\":{\"Url\":"
                                                     + "\"/system/away/1/status\"},\"Body\":{\"AwayStatus\":"
                                                     + "{\"EnabledState\":\"Disabled\"}}}");
    }

    @Test
    void goToLevel() {
        assertJson(LeapRequests.goToLevel(5, 75),
                ZONE + "{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\",\"Value\":75}]}}}");
        assertJson(LeapRequests.goToLevel(5, 0),
                ZONE + "{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\",\"Value\":0}]}}}");
        assertJson(LeapRequests.goToLevel(5, 33.333),
                ZONE + "{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\",\"Value\":33.33}]}}}");
        assertJson(LeapRequests.goToLevel(5, 99.999),
                ZONE + "{\"CommandType\":\"GoToLevel\",\"Parameter\":[{\"Type\":\"Level\",\"Value\":100}]}}}");
    }

    @Test
    void goToDimmedLevel() {
        assertJson(LeapRequests.goToDimmedLevel(5, 40, Duration.ofSeconds(2), Duration.ofMinutes(1)),
                ZONE + "{\"CommandType\":\"GoToDimmedLevel\",\"DimmedLevelParameters\":{\"Level\":40,"
                       + "\"FadeTime\":\"00:00:02\",\"DelayTime\":\"00:01:00\"}}}}");
        assertJson(LeapRequests.goToDimmedLevel(5, 40, Duration.ofSeconds(3), null),
                ZONE + "{\"CommandType\":\"GoToDimmedLevel\",\"DimmedLevelParameters\":{\"Level\":40,"
                       + "\"FadeTime\":\"00:00:03\"}}}}");
        assertJson(LeapRequests.goToDimmedLevel(5, 40, null, null),
                ZONE + "{\"CommandType\":\"GoToDimmedLevel\",\"DimmedLevelParameters\":{\"Level\":40}}}}");
        assertJson(LeapRequests.goToDimmedLevel(5, 12.5, null, Duration.ofSeconds(10)),
                ZONE + "{\"CommandType\":\"GoToDimmedLevel\",\"DimmedLevelParameters\":{\"Level\":12.5,"
                       + "\"DelayTime\":\"00:00:10\"}}}}");
    }

    @Test
    void goToSwitchedLevel() {
        assertJson(LeapRequests.goToSwitchedLevel(5, true),
                ZONE + "{\"CommandType\":\"GoToSwitchedLevel\",\"SwitchedLevelParameters\":"
                       + "{\"SwitchedLevel\":\"On\"}}}}");
        assertJson(LeapRequests.goToSwitchedLevel(5, false),
                ZONE + "{\"CommandType\":\"GoToSwitchedLevel\",\"SwitchedLevelParameters\":"
                       + "{\"SwitchedLevel\":\"Off\"}}}}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "Off, Off", "low, Low", "MEDIUM, Medium", "mediumhigh, MediumHigh", "' High ', High" })
    void goToFanSpeedIsCanonical(String input, String sent) {
        assertJson(LeapRequests.goToFanSpeed(5, input),
                ZONE + "{\"CommandType\":\"GoToFanSpeed\",\"FanSpeedParameters\":{\"FanSpeed\":\"" + sent + "\"}}}}");
    }

    @Test
    void goToTilt() {
        assertJson(LeapRequests.goToTilt(5, 50),
                ZONE + "{\"CommandType\":\"GoToTilt\",\"TiltParameters\":{\"Tilt\":50}}}}");
    }

    @Test
    void goToWhiteTuning() {
        assertJson(LeapRequests.goToWhiteTuning(5, 2700, 80.0, Duration.ofSeconds(1)),
                ZONE + "{\"CommandType\":\"GoToWhiteTuningLevel\",\"WhiteTuningLevelParameters\":{\"Level\":80,"
                       + "\"FadeTime\":\"00:00:01\",\"WhiteTuningLevel\":{\"Kelvin\":2700}}}}}");
        assertJson(LeapRequests.goToWhiteTuning(5, 4000, null, null),
                ZONE + "{\"CommandType\":\"GoToWhiteTuningLevel\",\"WhiteTuningLevelParameters\":"
                       + "{\"WhiteTuningLevel\":{\"Kelvin\":4000}}}}}");
    }

    @Test
    void goToSpectrumTuning() {
        assertJson(LeapRequests.goToSpectrumTuning(5, 60.0, 240.0, 100.0, null, Duration.ofSeconds(5)),
                ZONE + "{\"CommandType\":\"GoToSpectrumTuningLevel\",\"SpectrumTuningLevelParameters\":{"
                       + "\"Level\":60,\"FadeTime\":\"00:00:05\",\"ColorTuningStatus\":{\"HSVTuningLevel\":"
                       + "{\"Hue\":240,\"Saturation\":100}}}}}}");
        assertJson(LeapRequests.goToSpectrumTuning(5, null, 12.5, 40.25, null, null),
                ZONE + "{\"CommandType\":\"GoToSpectrumTuningLevel\",\"SpectrumTuningLevelParameters\":{"
                       + "\"ColorTuningStatus\":{\"HSVTuningLevel\":{\"Hue\":12.5,\"Saturation\":40.25}}}}}}");
        assertJson(LeapRequests.goToSpectrumTuning(5, 100.0, null, null, 3000, null),
                ZONE + "{\"CommandType\":\"GoToSpectrumTuningLevel\",\"SpectrumTuningLevelParameters\":{"
                       + "\"Level\":100,\"ColorTuningStatus\":{\"WhiteTuningLevel\":{\"Kelvin\":3000}}}}}}");
    }

    @Test
    void raiseLowerStop() {
        assertJson(LeapRequests.raise(5), ZONE + "{\"CommandType\":\"Raise\"}}}");
        assertJson(LeapRequests.lower(5), ZONE + "{\"CommandType\":\"Lower\"}}}");
        assertJson(LeapRequests.stop(5), ZONE + "{\"CommandType\":\"Stop\"}}}");
    }

    @Test
    void shadeLimitsAndWarmDim() {
        assertJson(LeapRequests.shadeLimitRaise(5), ZONE + "{\"CommandType\":\"ShadeLimitRaise\"}}}");
        assertJson(LeapRequests.shadeLimitLower(5), ZONE + "{\"CommandType\":\"ShadeLimitLower\"}}}");
        assertJson(LeapRequests.goToWarmDim(5, 1), ZONE + "{\"CommandType\":\"GoToWarmDim\",\"WarmDimParameters\":"
                                                   + "{\"CurveDimming\":{\"Curve\":{\"href\":\"/curve/1\"}}}}}}");
        assertJson(LeapRequests.goToWarmDim(5, null),
                ZONE + "{\"CommandType\":\"GoToWarmDim\",\"WarmDimParameters\":{\"CurveDimming\":{}}}}}");
        assertRefused(() -> LeapRequests.goToWarmDim(5, 0), "Curve id 0 is out of range (must be at least 1)");
    }

    @Test
    void buttons() {
        String button = "{\"CommuniqueType\":\"CreateRequest\",\"Header\":{\"Url\":\"/button/101/commandprocessor\"},"
                        + "\"Body\":{\"Command\":{\"CommandType\":\"";
        assertJson(LeapRequests.pressAndRelease(101), button + "PressAndRelease\"}}}");
        assertJson(LeapRequests.pressAndHold(101), button + "PressAndHold\"}}}");
        assertJson(LeapRequests.release(101), button + "Release\"}}}");
        assertJson(LeapRequests.virtualButtonPress(3),
                "{\"CommuniqueType\":\"CreateRequest\",\"Header\":{\"Url\":\"/virtualbutton/3/commandprocessor\"},"
                + "\"Body\":{\"Command\":{\"CommandType\":\"PressAndRelease\"}}}");
    }

    @Test
    void setLed() {
        String led = "{\"CommuniqueType\":\"UpdateRequest\",\"Header\":{\"Url\":\"/led/2144/status\"},"
                     + "\"Body\":{\"LEDStatus\":{\"State\":";
        assertJson(LeapRequests.setLed(2144, "On"), led + "\"On\"}}}");
        assertJson(LeapRequests.setLed(2144, "off"), led + "\"Off\"}}}");
    }

    @Test
    void refusesLevelsAndTiltsOutOfRange() {
        assertRefused(() -> LeapRequests.goToLevel(5, 150), "Level 150.0 is out of range 0-100");
        assertRefused(() -> LeapRequests.goToLevel(5, -0.5), "Level -0.5 is out of range 0-100");
        assertRefused(() -> LeapRequests.goToLevel(5, Double.NaN), "Level NaN is out of range 0-100");
        assertRefused(() -> LeapRequests.goToDimmedLevel(5, 101, null, null), "Level 101.0 is out of range 0-100");
        assertRefused(() -> LeapRequests.goToTilt(5, 100.5), "Tilt 100.5 is out of range 0-100");
        assertRefused(() -> LeapRequests.goToWhiteTuning(5, 2700, 200.0, null), "Level 200.0 is out of range 0-100");
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, null, 361.0, 50.0, null, null),
                "Hue 361.0 is out of range 0-360");
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, null, 10.0, 101.0, null, null),
                "Saturation 101.0 is out of range 0-100");
    }

    @Test
    void refusesIdsBelowOne() {
        assertRefused(() -> LeapRequests.goToLevel(0, 50), "Zone id 0 is out of range (must be at least 1)");
        assertRefused(() -> LeapRequests.raise(-3), "Zone id -3 is out of range (must be at least 1)");
        assertRefused(() -> LeapRequests.pressAndRelease(0), "Button id 0 is out of range (must be at least 1)");
        assertRefused(() -> LeapRequests.virtualButtonPress(0),
                "Virtual button id 0 is out of range (must be at least 1)");
        assertRefused(() -> LeapRequests.setLed(0, "On"), "LED id 0 is out of range (must be at least 1)");
        assertRefused(() -> LeapRequests.deviceStatus(0), "Device id 0 is out of range (must be at least 1)");
    }

    @Test
    void refusesKelvinOutOfRange() {
        assertRefused(() -> LeapRequests.goToWhiteTuning(5, 1399, null, null),
                "Kelvin 1399 is out of range 1400-10000");
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, null, null, null, 10001, null),
                "Kelvin 10001 is out of range 1400-10000");
        assertThat(LeapRequests.goToWhiteTuning(5, 1400, null, null)).isNotNull();
        assertThat(LeapRequests.goToWhiteTuning(5, 10000, null, null)).isNotNull();
    }

    @Test
    void refusesAmbiguousOrMissingColours() {
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, 50.0, 120.0, null, null, null),
                "Hue and saturation must be given together");
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, 50.0, null, null, null, null),
                "Give either hue and saturation or kelvin for a spectrum tuning level");
        assertRefused(() -> LeapRequests.goToSpectrumTuning(5, 50.0, 120.0, 50.0, 3000, null),
                "Give either hue and saturation or kelvin for a spectrum tuning level");
    }

    @Test
    void refusesUnknownWords() {
        assertRefused(() -> LeapRequests.goToFanSpeed(5, "Turbo"),
                "Fan speed \"Turbo\" is not one of Off, Low, Medium, MediumHigh, High");
        assertRefused(() -> LeapRequests.goToFanSpeed(5, null),
                "Fan speed is required (one of Off, Low, Medium, MediumHigh, High)");
        assertRefused(() -> LeapRequests.setLed(1, "Flash"), "LED state \"Flash\" is not one of On, Off");
        assertRefused(() -> LeapRequests.setLed(1, null), "LED state is required (one of On, Off)");
    }

    @Test
    void refusesBadTimes() {
        assertRefused(() -> LeapRequests.goToDimmedLevel(5, 50, Duration.ofSeconds(-1), null),
                "LEAP time PT-1S must not be negative");
        assertRefused(() -> LeapRequests.goToDimmedLevel(5, 50, null, Duration.ofHours(100)),
                "LEAP time PT100H must be below 100 hours (hh:mm:ss)");
    }
}
