package io.github.camellutron.leap.protocol;

import java.time.Duration;

/** LEAP fade and delay times, {@code hh:mm:ss} ({@code FadeTime}, {@code DelayTime}). */
public final class LeapTime {

    /** The first duration {@code hh:mm:ss} cannot hold. */
    public static final Duration LIMIT = Duration.ofHours(100);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private LeapTime() {
    }

    /**
     * Formats a duration as {@code hh:mm:ss}. The format has whole seconds only: the duration is rounded to the
     * nearest second (half up), so it is never off by more than half a second; pylutron floors instead, which the
     * bridge accepts just the same.
     *
     * @throws IllegalArgumentException when the duration is null, negative, or 100 hours or more once rounded
     */
    public static String format(Duration d) {
        if (d == null) {
            throw new IllegalArgumentException("LEAP time is required");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("LEAP time " + d + " must not be negative");
        }
        if (d.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("LEAP time " + d + " must be below 100 hours (hh:mm:ss)");
        }
        long seconds = d.getSeconds() + (d.getNano() >= NANOS_PER_SECOND / 2 ? 1 : 0);
        if (seconds >= LIMIT.getSeconds()) {
            throw new IllegalArgumentException("LEAP time " + d + " must be below 100 hours (hh:mm:ss)");
        }
        return twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60);
    }

    /**
     * Parses {@code hh:mm:ss} (hours of one or two digits, minutes and seconds of two digits below 60).
     *
     * @throws LeapParseException when the text has any other form
     */
    public static Duration parse(String s) {
        if (s == null || !s.matches("\\d{1,2}:[0-5]\\d:[0-5]\\d")) {
            throw new LeapParseException("Not a LEAP time (hh:mm:ss): " + LeapMessage.excerpt(s));
        }
        String[] parts = s.split(":");
        return Duration.ofSeconds(Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60
                                  + Long.parseLong(parts[2]));
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
