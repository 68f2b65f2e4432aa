package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code OUTPUT} command (zones: dimmers, switches, CCOs, shades, motors). */
public enum OutputAction {
    SET_LEVEL(1),
    START_RAISING(2),
    START_LOWERING(3),
    STOP(4),
    START_FLASHING(5),
    PULSE(6),
    SET_TILT(9),
    SET_LIFT_AND_TILT(10),
    RAISE_TILT(11),
    LOWER_TILT(12),
    STOP_TILT(13),
    RAISE_LIFT(14),
    LOWER_LIFT(15),
    STOP_LIFT(16),
    /** Motor modules: travel time remaining, 0-255 s (Quantum uses 17 for DMX colour and level). */
    MOTOR_TRAVEL_TIME(17),
    MOTOR_JOG_RAISE(18),
    MOTOR_JOG_LOWER(19),
    MOTOR_4_STAGE_JOG_RAISE(20),
    MOTOR_4_STAGE_JOG_LOWER(21),
    /** Not in the guide; reported by shades and blinds according to openHAB. */
    SHADE_POSITION(32);

    private static final OutputAction[] BY_CODE = Codes.index(values(), OutputAction::code);

    private final int code;

    OutputAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static OutputAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
