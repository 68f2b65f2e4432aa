package io.github.camellutron.lip.protocol;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Typed readings of the report lines whose fields need more than {@link LipMessage#intField(int)}. */
public final class LipReports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private LipReports() {
    }

    /**
     * The time of the last database export from {@code ~SYSTEM,10,MM/DD/YYYY,HH:MM:SS}, the answer to the heartbeat
     * {@link LipCommands#queryDatabaseExportTime()}; a newer value than last seen means the integration report changed.
     *
     * @throws IllegalArgumentException when the message is not that report
     * @throws LipParseException        when its date or time is malformed
     */
    public static LocalDateTime databaseExportTime(LipMessage report) {
        if (!report.is(LipOperation.REPORT, LipCommandType.SYSTEM) || report.fieldCount() != 3
                || SystemAction.of(report.intField(0)) != SystemAction.DATABASE_EXPORT_TIME) {
            throw new IllegalArgumentException("Not a ~SYSTEM,10,date,time report: "
                                               + LipMessage.quote(report.toString()));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(report.field(1), DATE);
        } catch (DateTimeParseException e) {
            throw new LipParseException("Not a LIP date (MM/DD/YYYY): " + LipMessage.quote(report.toString()));
        }
        return LocalDateTime.of(date, LipTime.parseTimeOfDay(report.field(2)));
    }
}
