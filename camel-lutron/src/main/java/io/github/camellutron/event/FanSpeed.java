package io.github.camellutron.event;

import java.util.Arrays;
import java.util.List;

/**
 * The speeds of a Lutron fan controller, as LEAP names them and as the {@code CamelLutronFanSpeed} header gives them
 * ({@link #label()}), and the levels that stand for them: LIP sets and reports a fan's speed as 0, 25, 50, 75 or 100,
 * and LEAP reports the same levels beside the speed. One list for both protocols, the simulators and the events.
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

    /** The labels, from {@code Off} to {@code High}. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(FanSpeed::label).toList();
    }

    /** The speed with that label, ignoring case, or null when there is none. */
    public static FanSpeed find(String label) {
        String wanted = label == null ? "" : label.trim();
        for (FanSpeed speed : values()) {
            if (speed.label.equalsIgnoreCase(wanted)) {
                return speed;
            }
        }
        return null;
    }

    /**
     * The speed with that label, ignoring case.
     *
     * @throws IllegalArgumentException naming the labels when there is none
     */
    public static FanSpeed of(String label) {
        FanSpeed speed = find(label);
        if (speed == null) {
            throw new IllegalArgumentException("Fan speed '" + label + "' is not one of " + String.join(", ", labels()));
        }
        return speed;
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
