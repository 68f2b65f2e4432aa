package io.github.camellutron.lip.protocol;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The speeds of a fan controller ({@code CEILING_FAN_TYPE} output) and the levels LIP sets and reports them as: 0, 25,
 * 50, 75, 100 (LIP.md 2.3). {@link #label()} is the value of the {@code CamelLutronFanSpeed} header, as on LEAP.
 */
public enum FanSpeed {
    OFF("Off", 0),
    LOW("Low", 25),
    MEDIUM("Medium", 50),
    MEDIUM_HIGH("MediumHigh", 75),
    HIGH("High", 100);

    private final String label;
    private final double level;

    FanSpeed(String label, double level) {
        this.label = label;
        this.level = level;
    }

    /** {@code Off}, {@code Low}, {@code Medium}, {@code MediumHigh} or {@code High}. */
    public String label() {
        return label;
    }

    /** The level that stands for this speed. */
    public double level() {
        return level;
    }

    /**
     * The speed with that label, ignoring case.
     *
     * @throws IllegalArgumentException naming the labels when there is none
     */
    public static FanSpeed of(String label) {
        String wanted = label == null ? "" : label.trim();
        for (FanSpeed speed : values()) {
            if (speed.label.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return speed;
            }
        }
        throw new IllegalArgumentException("Fan speed '" + label + "' is not one of "
                                           + Arrays.stream(values()).map(FanSpeed::label)
                                                   .collect(Collectors.joining(", ")));
    }

    /**
     * The speed a level stands for: the nearest, as a fan controller takes a level between two speeds (the higher one
     * when it is half way).
     */
    public static FanSpeed ofLevel(double level) {
        FanSpeed nearest = OFF;
        for (FanSpeed speed : values()) {
            if (Math.abs(level - speed.level) <= Math.abs(level - nearest.level)) {
                nearest = speed;
            }
        }
        return nearest;
    }
}
