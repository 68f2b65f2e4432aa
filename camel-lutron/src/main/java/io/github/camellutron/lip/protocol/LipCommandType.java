package io.github.camellutron.lip.protocol;

import java.util.Locale;

/** The LIP command families this library gives meaning to; other words travel as raw lines. */
public enum LipCommandType {
    OUTPUT(true),
    DEVICE(true),
    GROUP(true),
    AREA(true),
    SHADEGRP(true),
    TIMECLOCK(true),
    MODE(true),
    SYSVAR(true),
    HVAC(true),
    MONITORING(false),
    SYSTEM(false),
    ERROR(false);

    private final boolean addressed;

    LipCommandType(boolean addressed) {
        this.addressed = addressed;
    }

    /** True when the first field is an integration id. */
    public boolean hasIntegrationId() {
        return addressed;
    }

    /** The family for a command word in any case, or null when there is none (or the word is null). */
    public static LipCommandType of(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "OUTPUT" -> OUTPUT;
            case "DEVICE" -> DEVICE;
            case "GROUP" -> GROUP;
            case "AREA" -> AREA;
            case "SHADEGRP" -> SHADEGRP;
            case "TIMECLOCK" -> TIMECLOCK;
            case "MODE" -> MODE;
            case "SYSVAR" -> SYSVAR;
            case "HVAC" -> HVAC;
            case "MONITORING" -> MONITORING;
            case "SYSTEM" -> SYSTEM;
            case "ERROR" -> ERROR;
            default -> null;
        };
    }
}
