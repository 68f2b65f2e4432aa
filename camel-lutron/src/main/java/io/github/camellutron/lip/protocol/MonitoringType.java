package io.github.camellutron.lip.protocol;

/** Monitoring types of {@code #MONITORING,type,1|2}: which reports the bridge sends on this session. */
public enum MonitoringType {
    DIAGNOSTIC(1),
    EVENT(2),
    BUTTON(3),
    LED(4),
    ZONE(5),
    OCCUPANCY(6),
    PHOTOSENSOR(7),
    SCENE(8),
    TIMECLOCK(9),
    SYSTEM_VARIABLE(10),
    /** Reply state: disabling it silences the session entirely. */
    REPLY(11),
    PROMPT(12),
    OCCUPANCY_GROUP(13),
    DEVICE(14),
    ADDRESS(15),
    SEQUENCE(16),
    HVAC(17),
    MODE(18),
    PRESET(19),
    L1_RUNTIME(20),
    L2_RUNTIME(21),
    DIAG_ERROR(22),
    SHADE_GROUP(23),
    PARTITION_WALL(24),
    SYSTEM(25),
    SENSOR_GROUP(26),
    TEMPERATURE_SENSOR(27),
    /** Every type except {@link #REPLY} and {@link #PROMPT}. */
    ALL(255);

    private static final MonitoringType[] BY_CODE = Codes.index(values(), MonitoringType::code);

    private final int code;

    MonitoringType(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static MonitoringType of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
