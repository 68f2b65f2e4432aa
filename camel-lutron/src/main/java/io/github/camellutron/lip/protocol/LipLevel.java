package io.github.camellutron.lip.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** LIP level fields: a percentage from 0 to 100 written with two decimals, as bridges report them. */
public final class LipLevel {

    public static final double MIN = 0;
    public static final double MAX = 100;

    private LipLevel() {
    }

    /**
     * Formats a level with two decimals and a '.' whatever the default locale ({@code 75} is {@code 75.00}),
     * rounding half up on the decimal value ({@code 33.335} is {@code 33.34}).
     *
     * @throws IllegalArgumentException when the level is NaN or outside 0-100
     */
    public static String format(double level) {
        if (Double.isNaN(level) || level < MIN || level > MAX) {
            throw new IllegalArgumentException("Level " + level + " is out of range 0-100");
        }
        return BigDecimal.valueOf(level).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Parses a level field: digits with an optional '.' and decimals ({@code 90.00}, {@code 75}, {@code 5.}).
     *
     * @throws LipParseException when the text is not such a number or is outside 0-100
     */
    public static double parse(String s) {
        if (!isDecimal(s)) {
            throw new LipParseException("Not a LIP level: " + (s == null ? "null" : LipMessage.quote(s)));
        }
        double level = Double.parseDouble(s);
        if (level > MAX) {
            throw new LipParseException("Level " + s + " is out of range 0-100");
        }
        return level;
    }

    /**
     * Parses the level field at {@code [start, end)} of a line, as {@link #parse(String)} does, without making a
     * string of it for the usual two-decimal form.
     *
     * @throws LipParseException when the text is not such a number or is outside 0-100
     */
    public static double parse(CharSequence line, int start, int end) {
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && count > 0) {
                scale = 0;
            } else {
                return parse(line.subSequence(start, end).toString());
            }
        }
        if (count == 0 || count > 15) {
            // nothing, or more digits than a double holds exactly: the general reading decides
            return parse(line.subSequence(start, end).toString());
        }
        // both the mantissa and the power of ten are exact doubles, so one division rounds as parseDouble does
        double level = scale > 0 ? digits / POWERS_OF_TEN[scale] : digits;
        if (level > MAX) {
            throw new LipParseException("Level " + line.subSequence(start, end) + " is out of range 0-100");
        }
        return level;
    }

    private static final double[] POWERS_OF_TEN = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15 };

    private static boolean isDecimal(String s) {
        if (s == null) {
            return false;
        }
        int digits = 0;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot && digits > 0) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
