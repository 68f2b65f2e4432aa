package io.github.camellutron.catalog;

import java.util.Locale;

/**
 * What a zone is, so that a route can tell before commanding it, and a command the zone cannot take fails before it
 * is sent. The names are LEAP's zone {@code ControlType} values (LEAP.md 5); LIP OutputTypes and Caseta device types
 * map onto them.
 */
public enum ControlType {
    Dimmed,
    Switched,
    FanSpeed,
    Shade,
    Tilt,
    ShadeWithTilt,
    WhiteTune,
    SpectrumTune,
    ColorTune,
    CCO,
    Receptacle;

    /**
     * The control type of a LIP output from its DbXmlInfo.xml {@code OutputType} (LIP.md 4.2).
     *
     * @return the type, or null when the report gives none or one this version does not know
     */
    public static ControlType ofLipOutputType(String outputType) {
        if (outputType == null || outputType.isBlank()) {
            return null;
        }
        String type = outputType.trim().toUpperCase(Locale.ROOT);
        if (type.startsWith("NON_DIM")) {
            return Switched;
        }
        if (type.startsWith("CCO_")) {
            return CCO;
        }
        return switch (type) {
            case "INC", "MLV", "ELV", "DALI", "ECO_SYSTEM_FLUORESCENT", "FLUORESCENT_DB", "ZERO_TO_TEN",
                 "AUTO_DETECT", "LED", "CFL" -> Dimmed;
            case "RELAY_LIGHTING", "SWITCHED_MOTOR" -> Switched;
            case "CEILING_FAN_TYPE" -> FanSpeed;
            case "SYSTEM_SHADE", "MOTOR" -> Shade;
            case "VENETIAN_BLIND", "SHEER_BLIND" -> ShadeWithTilt;
            default -> null;
        };
    }

    /**
     * The control type of a LEAP zone: its {@code ControlType} when the bridge gives one (RadioRA 3, QSX), else
     * what the type of the device owning it says (Caseta lists zones inside devices, without a control type).
     *
     * @return the type, or null when neither says
     */
    public static ControlType ofLeap(String zoneControlType, String deviceType) {
        ControlType named = named(zoneControlType);
        return named != null ? named : ofLeapDeviceType(deviceType);
    }

    /** The control type a Caseta / RA2 Select device type implies for its zone, or null. */
    public static ControlType ofLeapDeviceType(String deviceType) {
        if (deviceType == null || deviceType.isBlank()) {
            return null;
        }
        ControlType named = named(deviceType);
        if (named != null) {
            return named;
        }
        String type = deviceType.trim();
        if (type.contains("FanSpeed")) {
            return FanSpeed;
        }
        if (type.contains("TiltOnly")) {
            return Tilt;
        }
        if (type.contains("WoodBlind") || type.contains("SheerBlind") || type.contains("Venetian")) {
            return ShadeWithTilt;
        }
        if (type.contains("Shade") || type.contains("Drape") || type.contains("Blind")) {
            return Shade;
        }
        if (type.contains("Dimmer") || type.startsWith("Ketra") || type.startsWith("PowPak0-10V")) {
            return Dimmed;
        }
        if (type.contains("Receptacle")) {
            return Receptacle;
        }
        if (type.contains("Switch") && !type.contains("Pico")) {
            return Switched;
        }
        return null;
    }

    private static ControlType named(String value) {
        if (value == null) {
            return null;
        }
        for (ControlType t : values()) {
            if (t.name().equalsIgnoreCase(value.trim())) {
                return t;
            }
        }
        return null;
    }
}
