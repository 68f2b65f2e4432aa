package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LipErrorTest {

    @Test
    void codesOneToSixHaveTheirMeanings() {
        assertThat(LipError.of(1)).isEqualTo(LipError.PARAMETER_COUNT_MISMATCH);
        assertThat(LipError.of(2)).isEqualTo(LipError.OBJECT_DOES_NOT_EXIST);
        assertThat(LipError.of(3)).isEqualTo(LipError.INVALID_ACTION);
        assertThat(LipError.of(4)).isEqualTo(LipError.PARAMETER_OUT_OF_RANGE);
        assertThat(LipError.of(5)).isEqualTo(LipError.PARAMETER_MALFORMED);
        assertThat(LipError.of(6)).isEqualTo(LipError.UNSUPPORTED_COMMAND);

        assertThat(LipError.PARAMETER_COUNT_MISMATCH.meaning()).isEqualTo("parameter count mismatch");
        assertThat(LipError.OBJECT_DOES_NOT_EXIST.meaning()).isEqualTo("object does not exist");
        assertThat(LipError.INVALID_ACTION.meaning()).isEqualTo("invalid action number");
        assertThat(LipError.PARAMETER_OUT_OF_RANGE.meaning()).isEqualTo("parameter data out of range");
        assertThat(LipError.PARAMETER_MALFORMED.meaning()).isEqualTo("parameter data malformed");
        assertThat(LipError.UNSUPPORTED_COMMAND.meaning()).isEqualTo("unsupported command");
        for (LipError e : LipError.values()) {
            assertThat(LipError.of(e.code())).isSameAs(e);
        }
    }

    @Test
    void describeNamesCodeAndMeaning() {
        assertThat(LipError.describe(4)).isEqualTo("~ERROR,4 (parameter data out of range)");
        assertThat(LipError.describe(2)).isEqualTo("~ERROR,2 (object does not exist)");
    }

    @Test
    void unknownCodes() {
        assertThat(LipError.of(9)).isNull();
        assertThat(LipError.of(0)).isNull();
        assertThat(LipError.describe(9)).isEqualTo("~ERROR,9 (unknown error code)");
    }

    @Test
    void fromAReportLine() {
        LipMessage m = LipMessage.parse("~ERROR,5");

        assertThat(LipError.describe(m.intField(0))).isEqualTo("~ERROR,5 (parameter data malformed)");
    }
}
