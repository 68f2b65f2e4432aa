package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code TIMECLOCK} command. */
public enum TimeclockAction {
    MODE(1),
    SUNRISE(2),
    SUNSET(3),
    SCHEDULE(4),
    EXECUTE_EVENT(5),
    ENABLE_EVENT(6);

    private static final TimeclockAction[] BY_CODE = Codes.index(values(), TimeclockAction::code);

    private final int code;

    TimeclockAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static TimeclockAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
