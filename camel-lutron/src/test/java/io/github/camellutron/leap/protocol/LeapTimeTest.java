package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeapTimeTest {

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "0, 00:00:00",
            "1000, 00:00:01",
            "2000, 00:00:02",
            "59000, 00:00:59",
            "60000, 00:01:00",
            "90000, 00:01:30",
            "3600000, 01:00:00",
            "3723000, 01:02:03",
            "86400000, 24:00:00",
            "359999000, 99:59:59" })
    void formatsHhMmSs(long millis, String expected) {
        assertThat(LeapTime.format(Duration.ofMillis(millis))).isEqualTo(expected);
        assertThat(LeapTime.parse(expected)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "499, 00:00:00",
            "500, 00:00:01",
            "1499, 00:00:01",
            "1500, 00:00:02",
            "59600, 00:01:00" })
    void roundsToTheNearestSecond(long millis, String expected) {
        assertThat(LeapTime.format(Duration.ofMillis(millis))).isEqualTo(expected);
    }

    @Test
    void refusesWhatHhMmSsCannotHold() {
        assertThatThrownBy(() -> LeapTime.format(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LEAP time PT-1S must not be negative");
        assertThatThrownBy(() -> LeapTime.format(Duration.ofHours(100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LEAP time PT100H must be below 100 hours (hh:mm:ss)");
        assertThatThrownBy(() -> LeapTime.format(Duration.ofMillis(359_999_500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below 100 hours");
        assertThatThrownBy(() -> LeapTime.format(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LEAP time is required");
    }

    @Test
    void parsesOneDigitHours() {
        assertThat(LeapTime.parse("1:00:05")).isEqualTo(Duration.ofSeconds(3605));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "5", "00:05", "00:60:00", "00:00:60", "100:00:00", "00:00:01.5", " 00:00:01",
            "aa:bb:cc" })
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> LeapTime.parse(text)).isInstanceOf(LeapParseException.class)
                .hasMessageStartingWith("Not a LEAP time (hh:mm:ss): ");
    }

    @Test
    void refusesNullText() {
        assertThatThrownBy(() -> LeapTime.parse(null)).isInstanceOf(LeapParseException.class);
    }
}
