package io.github.camellutron.lip.protocol;

/**
 * Action numbers of the {@code HVAC} command, from public copies of the guide (HomeWorks QS, RadioRA 2); unverified
 * against a bridge, and guide revisions differ on 16 and 17. Temperatures are in the unit the name ends with.
 */
public enum HvacAction {
    CURRENT_TEMPERATURE_F(1),
    SETPOINTS_F(2),
    OPERATING_MODE(3),
    FAN_MODE(4),
    ECO_MODE(5),
    ECO_OFFSET(6),
    SCHEDULE_STATUS(7),
    SENSOR_STATUS(8),
    SCHEDULE_EVENT(9),
    SCHEDULE_DAY_ASSIGNMENT(10),
    SYSTEM_MODE(11),
    SETPOINTS_WITHOUT_ECO_F(12),
    EMERGENCY_HEAT_AVAILABLE(13),
    CALL_STATUS(14),
    CURRENT_TEMPERATURE_C(15),
    SETPOINTS_C(16),
    SETPOINTS_WITHOUT_ECO_C(17),
    SINGLE_SETPOINT_F(18),
    SINGLE_SETPOINT_C(19);

    private static final HvacAction[] BY_CODE = Codes.index(values(), HvacAction::code);

    private final int code;

    HvacAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static HvacAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
