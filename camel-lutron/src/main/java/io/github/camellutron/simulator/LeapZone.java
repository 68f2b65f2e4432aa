package io.github.camellutron.simulator;

import java.util.Locale;
import java.util.concurrent.ScheduledFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.event.FanSpeed;

/**
 * One controllable zone of a simulated LEAP bridge and how its status reads ({@code OneZoneStatus} body fields).
 * Lives on the simulator's event loop.
 */
final class LeapZone {

    /** What a zone drives, which decides the fields of its status and the commands that make sense for it. */
    enum Kind {
        DIMMED("Dimmed"), SWITCHED("Switched"), FAN("FanSpeed"), SHADE("Shade"), TILT("Tilt");

        private final String controlType;

        Kind(String controlType) {
            this.controlType = controlType;
        }

        /** The zone {@code ControlType} of this kind. */
        String controlType() {
            return controlType;
        }

        /** From a Caseta DeviceType (WallDimmer, CasetaFanSpeedController, SerenaTiltOnlyWoodBlind...). */
        static Kind ofDeviceType(String deviceType) {
            String type = deviceType.toLowerCase(Locale.ROOT);
            if (type.contains("fan")) {
                return FAN;
            }
            if (type.contains("tilt")) {
                return TILT;
            }
            if (type.contains("shade") || type.contains("blind") || type.contains("drape")) {
                return SHADE;
            }
            return type.contains("switch") ? SWITCHED : DIMMED;
        }

        /** From an RA3 zone ControlType (Dimmed, Switched, FanSpeed, Shade, Tilt, SpectrumTune...). */
        static Kind ofControlType(String controlType) {
            return switch (controlType) {
                case "Switched", "CCO" -> SWITCHED;
                case "FanSpeed" -> FAN;
                case "Shade" -> SHADE;
                case "Tilt" -> TILT;
                default -> DIMMED;
            };
        }
    }

    /** Fan speeds in LEAP order; speed i is level {@code i * 25}. */

    private final int id;
    private final Kind kind;
    private final ObjectNode definition;
    private double level;
    private Double tilt;
    private JsonNode colorTuning;
    private Motion motion;

    LeapZone(int id, Kind kind, double level, ObjectNode definition) {
        this.id = id;
        this.kind = kind;
        this.definition = definition;
        this.level = fit(level);
        this.tilt = kind == Kind.TILT ? 0.0 : null;
    }

    int id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    /** The zone's {@code Zone} object, as {@code /zone/N} answers it. */
    ObjectNode definition() {
        return definition.deepCopy();
    }

    String href() {
        return "/zone/" + id;
    }

    double level() {
        return level;
    }

    /** Moves to a level, snapped to what the zone can do (fans 0/25/50/75/100, switches 0/100); stops a motion. */
    void setLevel(double newLevel) {
        stopMotion();
        level = fit(newLevel);
    }

    void setTilt(double newTilt) {
        stopMotion();
        tilt = newTilt;
    }

    void setColorTuning(JsonNode status) {
        colorTuning = status.deepCopy();
    }

    /** The running raise or lower, if any. */
    Motion motion() {
        return motion;
    }

    void startMotion(Motion started) {
        stopMotion();
        motion = started;
    }

    /** Ends a running raise or lower where it is now (to the whole percent, as bridges report) and its arrival. */
    void stopMotion() {
        if (motion != null) {
            motion.arrival().cancel(false);
            level = fit(Math.round(motion.position(System.nanoTime())));
            motion = null;
        }
    }

    /** The {@code ZoneStatus} object, fields in the order the recorded statuses have them. */
    ObjectNode status() {
        ObjectNode status = LeapFixtures.MAPPER.createObjectNode();
        status.put("href", href() + "/status");
        putLevel(status, "Level", level);
        if (kind == Kind.SWITCHED) {
            status.put("SwitchedLevel", level > 0 ? "On" : "Off");
        }
        if (kind == Kind.FAN) {
            status.put("FanSpeed", FanSpeed.ofLevel(level).label());
        }
        if (tilt != null) {
            putLevel(status, "Tilt", tilt);
        }
        if (colorTuning != null) {
            status.set("ColorTuningStatus", colorTuning.deepCopy());
        }
        status.putObject("Zone").put("href", href());
        status.put("StatusAccuracy", "Good");
        return status;
    }

    /** Writes whole levels as integers, as bridges do, and others as they are. */
    static void putLevel(ObjectNode node, String field, double value) {
        if (value == Math.rint(value)) {
            node.put(field, (int) value);
        } else {
            node.put(field, value);
        }
    }

    private double fit(double value) {
        return switch (kind) {
            case FAN -> Math.round(value / 25) * 25.0;
            case SWITCHED -> value > 0 ? 100 : 0;
            default -> value;
        };
    }

    /** A raise or lower in progress: from a level towards 0 or 100, at full travel per {@code travelNanos}. */
    record Motion(double from, double to, long startNanos, long travelNanos, ScheduledFuture<?> arrival) {

        /** Where the zone is at a moment of {@link System#nanoTime()}. */
        double position(long nowNanos) {
            double moved = 100.0 * (nowNanos - startNanos) / travelNanos;
            double position = to > from ? from + moved : from - moved;
            return Math.max(Math.min(position, Math.max(from, to)), Math.min(from, to));
        }

        /** How long the rest of the way takes, in nanoseconds. */
        static long remaining(double from, double to, long travelNanos) {
            return (long) (Math.abs(to - from) / 100.0 * travelNanos);
        }
    }
}
