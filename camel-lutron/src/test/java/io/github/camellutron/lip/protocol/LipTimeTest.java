package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LipTimeTest {

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "0, 0",
            "500, 0.50",
            "1000, 1",
            "2250, 2.25",
            "2750, 2.75",
            "59000, 59",
            "75500, 75.50",
            "99750, 99.75",
            "100000, 1:40",
            "90000, 90",
            "600000, 10:00",
            "3599000, 59:59",
            "3600000, 1:00:00",
            "3723000, 1:02:03",
            "14400000, 4:00:00" })
    void formatsLikeOpenHab(long millis, String expected) {
        assertThat(LipTime.format(Duration.ofMillis(millis))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "1100, 1",         // 0.1 s is nearer 0 than 0.25
            "1125, 1.25",      // half way rounds up
            "1300, 1.25",
            "1400, 1.50",      // the guide's own example (1.45 s) would round down to 1.25; nearest is 1.50
            "1450, 1.50",
            "1900, 2",
            "99870, 99.75",
            "99900, 1:40",     // nearest quarter is 100 s, which is written as whole seconds
            "100400, 1:40",    // >= 100 s: nearest whole second, not nearest quarter (100.5) then second
            "100500, 1:41",
            "3599600, 1:00:00" })
    void roundsToNearestQuarterBelow100SecondsAndToWholeSecondsAbove(long millis, String expected) {
        assertThat(LipTime.format(Duration.ofMillis(millis))).isEqualTo(expected);
    }

    @Test
    void formatsNanosecondPrecision() {
        assertThat(LipTime.format(Duration.ofNanos(124_999_999))).isEqualTo("0");
        assertThat(LipTime.format(Duration.ofNanos(125_000_000))).isEqualTo("0.25");
    }

    @Test
    void refusesNegative() {
        assertThatThrownBy(() -> LipTime.format(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT-0.001S must not be negative");
    }

    @Test
    void refusesMoreThanFourHours() {
        assertThatThrownBy(() -> LipTime.format(Duration.ofHours(4).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT4H0.001S exceeds the limit of 4 hours (PT4H)");
        assertThatThrownBy(() -> LipTime.format(Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time PT24H exceeds the limit of 4 hours (PT4H)");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> LipTime.format(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time is required");
    }

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource({
            "0, 0",
            "5, 5000",
            "90, 90000",
            "2.25, 2250",
            "0.5, 500",
            "0.50, 500",
            "0.05, 50",
            "01:30, 90000",
            "1:30, 90000",
            "1:30.5, 90500",
            "59:59, 3599000",
            "01:02:03, 3723000",
            "4:00:00, 14400000",
            "99:59:59, 359999000",
            "1:00:00.25, 3600250" })
    void parsesEveryForm(String text, long millis) {
        assertThat(LipTime.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    /** pylutron formats fades with Python's timedelta: H:MM:SS, with six decimals when there is a fraction (LIP.md 2.2). */
    @ParameterizedTest(name = "{0} -> {1} us")
    @CsvSource({
            "0:00:02.500000, 2500000",
            "0:00:00.250000, 250000",
            "0:01:30.125000, 90125000",
            "1:00:00.000001, 3600000001",
            "0:00:02, 2000000" })
    void parsesPythonTimedeltas(String text, long micros) {
        assertThat(LipTime.parse(text)).isEqualTo(Duration.ofNanos(micros * 1000));
    }

    @Test
    void parseAndFormatRoundTrip() {
        for (String s : new String[] { "0", "0.25", "2.75", "99.50", "1:40", "59:59", "1:00:00", "4:00:00" }) {
            assertThat(LipTime.format(LipTime.parse(s))).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12:23:24:25", "-1", "abc", "", " ", " 5", "5 ", "100", "1.", ".5", "1.234", "1:5", "1:60", "1:300",
            "1:00:60", "1::00", ":30", "1:30:", "1,5", "1e2", "+5", "1.5.0", "1:30.x", "٣",
            "2.500000", "1:30.500000", "0:00:02.50000", "0:00:02.5000000", "0:00:02.500000 " })
    void rejectsOtherForms(String text) {
        assertThatThrownBy(() -> LipTime.parse(text))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Not a LIP time (SS, SS.ss, MM:SS or HH:MM:SS): \"");
    }

    @Test
    void rejectsNullWithMessage() {
        assertThatThrownBy(() -> LipTime.parse(null))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP time (SS, SS.ss, MM:SS or HH:MM:SS): null");
    }

    @Test
    void parseMessageQuotesTheValue() {
        assertThatThrownBy(() -> LipTime.parse("12:23:24:25"))
                .hasMessage("Not a LIP time (SS, SS.ss, MM:SS or HH:MM:SS): \"12:23:24:25\"");
    }

    @Test
    void parsesTimesOfDay() {
        assertThat(LipTime.parseTimeOfDay("05:32")).isEqualTo(LocalTime.of(5, 32));
        assertThat(LipTime.parseTimeOfDay("17:45")).isEqualTo(LocalTime.of(17, 45));
        assertThat(LipTime.parseTimeOfDay("11:05:00")).isEqualTo(LocalTime.of(11, 5));
        assertThat(LipTime.parseTimeOfDay("14:03:11")).isEqualTo(LocalTime.of(14, 3, 11));
        assertThat(LipTime.parseTimeOfDay("5:32")).isEqualTo(LocalTime.of(5, 32));
        assertThat(LipTime.parseTimeOfDay("23:59:59")).isEqualTo(LocalTime.of(23, 59, 59));
    }

    @ParameterizedTest
    @ValueSource(strings = { "24:00", "05", "5:3", "12:60", "1:02:03:04", "05:32.5", "", "noon" })
    void rejectsOtherTimesOfDay(String text) {
        assertThatThrownBy(() -> LipTime.parseTimeOfDay(text))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP time of day (HH:MM or HH:MM:SS): \"" + text + "\"");
    }

    @Test
    void convertsSeconds() {
        assertThat(LipTime.fromSeconds(0)).isEqualTo(Duration.ZERO);
        assertThat(LipTime.fromSeconds(2.5)).isEqualTo(Duration.ofMillis(2500));
        assertThat(LipTime.fromSeconds(0.1)).isEqualTo(Duration.ofMillis(100));
        assertThat(LipTime.fromSeconds(90)).isEqualTo(Duration.ofSeconds(90));
        assertThat(LipTime.fromSeconds(1.000000001)).isEqualTo(Duration.ofSeconds(1, 1));
        assertThat(LipTime.fromSeconds(1e12)).isEqualTo(Duration.ofSeconds(1_000_000_000_000L));
    }

    @Test
    void fromSecondsRefusesNegativeNaNInfiniteAndHuge() {
        assertThatThrownBy(() -> LipTime.fromSeconds(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time -0.5 s must be a finite number not below 0");
        assertThatThrownBy(() -> LipTime.fromSeconds(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time NaN s must be a finite number not below 0");
        assertThatThrownBy(() -> LipTime.fromSeconds(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time Infinity s must be a finite number not below 0");
        assertThatThrownBy(() -> LipTime.fromSeconds(1e300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP time 1.0E300 s is too large");
    }
}
