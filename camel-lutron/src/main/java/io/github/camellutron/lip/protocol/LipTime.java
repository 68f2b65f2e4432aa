package io.github.camellutron.lip.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * LIP time fields: fade, delay and pulse durations ({@code SS}, {@code SS.ss}, {@code MM:SS}, {@code HH:MM:SS}) and
 * times of day ({@code HH:MM[:SS]}, as in sunrise and sunset reports).
 */
public final class LipTime {

    /** The longest fade or delay the guide allows. */
    public static final Duration MAX = Duration.ofHours(4);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_QUARTER = NANOS_PER_SECOND / 4;
    private static final String[] QUARTERS = { "", ".25", ".50", ".75" };
    /** Python's {@code timedelta} writes microseconds. */
    private static final int MICROSECOND_DIGITS = 6;
    /** What one unit of a fraction with that many digits is worth, in nanoseconds. */
    private static final int[] NANOS_PER_DIGIT = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000 };

    private LipTime() {
    }

    /**
     * Formats a duration the way openHAB does: below 100 s as {@code S} or {@code S.ss} ({@code 0.50}, {@code 2.25}),
     * below an hour as {@code M:SS}, else {@code H:MM:SS}. Bridges quantise to quarter seconds and the guide says
     * both "rounded down" and "rounded up" in different tables, so the value is rounded to the nearest quarter
     * second, which is never off by more than 1/8 s whatever the bridge does; from 100 s on only whole seconds can
     * be written, so there it is rounded to the nearest second.
     *
     * @throws IllegalArgumentException when the duration is null, negative or longer than 4 hours
     */
    public static String format(Duration d) {
        if (d == null) {
            throw new IllegalArgumentException("LIP time is required");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("LIP time " + d + " must not be negative");
        }
        if (d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("LIP time " + d + " exceeds the limit of 4 hours (" + MAX + ")");
        }
        long nanos = d.toNanos();
        long quarters = (nanos + NANOS_PER_QUARTER / 2) / NANOS_PER_QUARTER;
        if (quarters < 400) {
            return quarters / 4 + QUARTERS[(int) (quarters % 4)];
        }
        long seconds = (nanos + NANOS_PER_SECOND / 2) / NANOS_PER_SECOND;
        if (seconds < 3600) {
            return seconds / 60 + ":" + twoDigits(seconds % 60);
        }
        return seconds / 3600 + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60);
    }

    /**
     * Parses {@code SS}, {@code SS.ss}, {@code MM:SS} or {@code HH:MM:SS}: the first part has one or two digits, the
     * others two digits below 60, and the seconds may carry one or two decimals in every form ({@code 1:30.5}). The
     * {@code H:MM:SS} form may instead carry six decimals, as Python's {@code timedelta} writes a fade
     * ({@code 0:00:02.500000}: pylutron sends that, and bridges take it; LIP.md 2.2).
     *
     * @throws LipParseException when the text has any other form
     */
    public static Duration parse(String s) {
        if (s == null) {
            throw invalidDuration(null);
        }
        int dot = s.indexOf('.');
        int[] parts = colonParts(dot < 0 ? s : s.substring(0, dot));
        if (parts == null) {
            throw invalidDuration(s);
        }
        int nanos = 0;
        if (dot >= 0) {
            int fractionDigits = s.length() - dot - 1;
            boolean quarters = fractionDigits >= 1 && fractionDigits <= 2;
            boolean micros = fractionDigits == MICROSECOND_DIGITS && parts.length == 3;
            if (!(quarters || micros) || !allDigits(s, dot + 1, s.length())) {
                throw invalidDuration(s);
            }
            nanos = Integer.parseInt(s, dot + 1, s.length(), 10) * NANOS_PER_DIGIT[fractionDigits];
        }
        long seconds = 0;
        for (int part : parts) {
            seconds = seconds * 60 + part;
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /**
     * Parses a time of day, {@code HH:MM} or {@code HH:MM:SS} (hours of one or two digits), as in
     * {@code ~TIMECLOCK,4,2,05:32} or {@code ~SYSTEM,1,11:05:00}.
     *
     * @throws LipParseException when the text has another form or is not a valid time
     */
    public static LocalTime parseTimeOfDay(String s) {
        int[] parts = s == null ? null : colonParts(s);
        if (parts == null || parts.length < 2 || parts[0] > 23) {
            throw new LipParseException("Not a LIP time of day (HH:MM or HH:MM:SS): " + quote(s));
        }
        return LocalTime.of(parts[0], parts[1], parts.length == 3 ? parts[2] : 0);
    }

    /**
     * Converts seconds, as given in a header or option, to a duration, exact to the nanosecond.
     *
     * @throws IllegalArgumentException when the value is NaN, infinite, negative or too large for a duration
     */
    public static Duration fromSeconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("LIP time " + seconds + " s must be a finite number not below 0");
        }
        BigDecimal exact = BigDecimal.valueOf(seconds).setScale(9, RoundingMode.HALF_UP);
        BigDecimal whole = exact.setScale(0, RoundingMode.DOWN);
        try {
            return Duration.ofSeconds(whole.longValueExact(), exact.subtract(whole).movePointRight(9).intValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("LIP time " + seconds + " s is too large", e);
        }
    }

    /** The numbers of {@code N[N][:NN[:NN]]} with the later parts below 60, or null when the text has another form. */
    private static int[] colonParts(String s) {
        int[] parts = new int[3];
        int count = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int digits = i - start;
            if (count == parts.length || digits == 0 || digits > 2 || (count > 0 && digits != 2)) {
                return null;
            }
            parts[count] = Integer.parseInt(s, start, i, 10);
            if (count > 0 && parts[count] >= 60) {
                return null;
            }
            count++;
            if (i == n) {
                return Arrays.copyOf(parts, count);
            }
            if (s.charAt(i++) != ':') {
                return null;
            }
        }
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String twoDigits(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    private static LipParseException invalidDuration(String s) {
        return new LipParseException("Not a LIP time (SS, SS.ss, MM:SS or HH:MM:SS): " + quote(s));
    }

    private static String quote(String s) {
        return s == null ? "null" : LipMessage.quote(s);
    }
}
