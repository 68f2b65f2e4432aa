package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LipLevelTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0.00",
            "75, 75.00",
            "100, 100.00",
            "90.5, 90.50",
            "33.333, 33.33",
            "33.335, 33.34",
            "0.004, 0.00",
            "99.999, 100.00",
            "-0.0, 0.00" })
    void formatsWithTwoDecimals(double level, String expected) {
        assertThat(LipLevel.format(level)).isEqualTo(expected);
    }

    @Test
    void formatIgnoresDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(LipLevel.format(75.5)).isEqualTo("75.50");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesOutOfRange() {
        assertThatThrownBy(() -> LipLevel.format(150))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level 150.0 is out of range 0-100");
        assertThatThrownBy(() -> LipLevel.format(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level -1.0 is out of range 0-100");
        assertThatThrownBy(() -> LipLevel.format(100.001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level 100.001 is out of range 0-100");
        assertThatThrownBy(() -> LipLevel.format(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level NaN is out of range 0-100");
        assertThatThrownBy(() -> LipLevel.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Level Infinity is out of range 0-100");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "90.00, 90.0", "75, 75.0", "0, 0.0", "100.00, 100.0", "0.5, 0.5", "5., 5.0", "050.25, 50.25" })
    void parses(String text, double expected) {
        assertThat(LipLevel.parse(text)).isEqualTo(expected);
    }

    @Test
    void parseAndFormatRoundTrip() {
        for (String s : new String[] { "0.00", "1.25", "50.00", "99.99", "100.00" }) {
            assertThat(LipLevel.format(LipLevel.parse(s))).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "abc", "-5", "+5", ".5", "1e2", "75d", "NaN", "Infinity", "1.2.3", " 5", "5,0" })
    void parseRejectsNonNumbers(String text) {
        assertThatThrownBy(() -> LipLevel.parse(text))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP level: \"" + text + "\"");
    }

    @Test
    void parseRejectsOutOfRange() {
        assertThatThrownBy(() -> LipLevel.parse("120"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Level 120 is out of range 0-100");
        assertThatThrownBy(() -> LipLevel.parse(null))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP level: null");
    }

    @Test
    void parsingInPlaceGivesTheSameDoubleAsParsingTheString() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String text = switch (i % 4) {
                case 0 -> String.format(Locale.ROOT, "%.2f", random.nextDouble() * 100);
                case 1 -> String.format(Locale.ROOT, "%.3f", random.nextDouble() * 100);
                case 2 -> Integer.toString(random.nextInt(101));
                default -> String.format(Locale.ROOT, "%0" + (1 + random.nextInt(6)) + "d.%d", random.nextInt(100),
                        random.nextInt(1_000_000));
            };
            String line = "~OUTPUT,1,1," + text + ",x";
            int start = line.indexOf(text, 12);
            assertThat(LipLevel.parse(line, start, start + text.length())).as(text)
                    .isEqualTo(LipLevel.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "abc", "-5", "+5", ".5", "1e2", "75d", "1.2.3", " 5", "0000000000000000050.5" })
    void parsingInPlaceRejectsWhatTheStringParseRejects(String text) {
        String line = "[" + text + "]";
        Throwable expected = catchThrowable(() -> LipLevel.parse(text));
        Throwable actual = catchThrowable(() -> LipLevel.parse(line, 1, 1 + text.length()));
        if (expected == null) {
            assertThat(actual).isNull();
            assertThat(LipLevel.parse(line, 1, 1 + text.length())).isEqualTo(LipLevel.parse(text));
        } else {
            assertThat(actual).isInstanceOf(LipParseException.class).hasMessage(expected.getMessage());
        }
    }

    @Test
    void parsingInPlaceRejectsOutOfRange() {
        assertThatThrownBy(() -> LipLevel.parse("~OUTPUT,1,1,100.01", 12, 18))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Level 100.01 is out of range 0-100");
    }
}
