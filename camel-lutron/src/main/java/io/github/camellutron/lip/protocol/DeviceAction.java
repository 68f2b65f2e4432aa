package io.github.camellutron.lip.protocol;

/**
 * Action numbers of the {@code DEVICE} command (keypad buttons, LEDs, CCIs, occupancy sensors). Which system honours
 * which action varies; see LIP.md section 2.4.
 */
public enum DeviceAction {
    ENABLE(1),
    DISABLE(2),
    /** Button press, contact closure input closed, or occupancy sensor occupied. */
    PRESS(3),
    /** Button release, contact closure input open, or occupancy sensor unoccupied. */
    RELEASE(4),
    HOLD(5),
    MULTI_TAP(6),
    SCENE(7),
    /** LED state, see {@link LedCode}. */
    LED_STATE(9),
    LIGHT_LEVEL(14),
    ZONE_LOCK(15),
    SCENE_LOCK(16),
    SEQUENCE_STATE(17),
    START_RAISING(18),
    START_LOWERING(19),
    STOP(20),
    /** Battery status; the guide says 1 normal, 2 low, bridges answer with more fields (LIP.md 2.4, 2.12). */
    BATTERY_STATUS(22),
    CUSTOM_LIFT_AND_TILT(23),
    CUSTOM_LIFT(24),
    CUSTOM_TILT(25),
    HOLD_RELEASE(32),
    TIMECLOCK_STATE(34),
    CCI_STATE(35),
    ACTIVE_LED_LEVEL(36),
    INACTIVE_LED_LEVEL(37);

    private static final DeviceAction[] BY_CODE = Codes.index(values(), DeviceAction::code);

    private final int code;

    DeviceAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static DeviceAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
