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
