package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class LipReportsTest {

    @Test
    void databaseExportTime() {
        LipMessage m = LipMessage.parse("~SYSTEM,10,05/12/2026,14:03:11");

        assertThat(LipReports.databaseExportTime(m)).isEqualTo(LocalDateTime.of(2026, 5, 12, 14, 3, 11));
    }

    @Test
    void databaseExportTimeAcceptsSingleDigitMonthAndDay() {
        LipMessage m = LipMessage.parse("~SYSTEM,10,1/2/2025,08:00:00");

        assertThat(LipReports.databaseExportTime(m)).isEqualTo(LocalDateTime.of(2025, 1, 2, 8, 0));
    }

    @Test
    void otherReportsAreRefused() {
        assertThatThrownBy(() -> LipReports.databaseExportTime(LipMessage.parse("~SYSTEM,1,11:05:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a ~SYSTEM,10,date,time report: \"~SYSTEM,1,11:05:00\"");
        assertThatThrownBy(() -> LipReports.databaseExportTime(LipMessage.parse("?SYSTEM,10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a ~SYSTEM,10,date,time report: \"?SYSTEM,10\"");
    }

    @Test
    void malformedDateOrTime() {
        assertThatThrownBy(() -> LipReports.databaseExportTime(LipMessage.parse("~SYSTEM,10,13/40/2026,14:03:11")))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP date (MM/DD/YYYY): \"~SYSTEM,10,13/40/2026,14:03:11\"");
        assertThatThrownBy(() -> LipReports.databaseExportTime(LipMessage.parse("~SYSTEM,10,2026-05-12,14:03:11")))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Not a LIP date");
        assertThatThrownBy(() -> LipReports.databaseExportTime(LipMessage.parse("~SYSTEM,10,05/12/2026,25:03:11")))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP time of day (HH:MM or HH:MM:SS): \"25:03:11\"");
    }
}
