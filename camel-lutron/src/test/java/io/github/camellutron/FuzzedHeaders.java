package io.github.camellutron;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Header values as routes set them, good and bad, for the producers' fuzz tests. */
public final class FuzzedHeaders {

    private static final String[] WORDS = { "On", "off", "Flash", "RapidFlash", "High", "low", "Medium", "MediumHigh",
            "/zone/5/status", "/button/101/status/event", "2s", "1m", "1.5", " 7 ", "50", "100", "-1", "1e2", "NaN",
            "Infinity", "2147483648", "4294967297" };
    private static final String[] GLUE = { "\r", "\n", "\r\n", ",", "#OUTPUT,1,1,0", "\u0000", "\u007f", "\u2028", " ",
            "\"", "\\", "\uD800", "\uDC00" };

    private FuzzedHeaders() {
    }

    /** A value of one of the types a header may hold: none, numbers of every kind, text, durations, booleans. */
    public static Object value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 11)) {
            case 0 -> null;
            case 1 -> data.consumeInt();
            case 2 -> data.consumeLong();
            case 3 -> data.consumeDouble();
            case 4 -> data.consumeFloat();
            case 5 -> new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-12, 12));
            case 6 -> Duration.ofNanos(data.consumeLong());
            case 7 -> data.consumeBoolean();
            case 8 -> text(data);
            case 9 -> data.pickValue(WORDS);
            case 10 -> Integer.toString(data.consumeInt(-2, 300));
            default -> data.consumeInt(-1, 300);
        };
    }

    /** Text with what must never reach a command line: CR, LF, commas, control characters, lone surrogates. */
    public static String text(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int n = data.consumeInt(1, 4); n > 0; n--) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> sb.append(data.consumeString(16));
                case 1 -> sb.append(data.pickValue(GLUE));
                case 2 -> sb.append(data.pickValue(WORDS));
                default -> sb.append(data.consumeChar());
            }
        }
        return sb.toString();
    }

    /**
     * The integer a header value names exactly, or null when it names none: a number with a fraction or outside the
     * int range, or text that is not an integer.
     */
    public static Integer exactInt(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            BigDecimal exact;
            if (n instanceof BigDecimal b) {
                exact = b;
            } else if (n instanceof Double || n instanceof Float) {
                if (!Double.isFinite(n.doubleValue())) {
                    return null;
                }
                exact = new BigDecimal(n.doubleValue());
            } else {
                exact = BigDecimal.valueOf(n.longValue());
            }
            try {
                return exact.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
