package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code SYSTEM} command (no integration id). */
public enum SystemAction {
    TIME(1),
    DATE(2),
    LATITUDE_LONGITUDE(4),
    TIME_ZONE(5),
    SUNSET(6),
    SUNRISE(7),
    OS_REVISION(8),
    DATABASE_EXPORT_TIME(10),
    LOAD_SHED(11);

    private static final SystemAction[] BY_CODE = Codes.index(values(), SystemAction::code);

    private final int code;

    SystemAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static SystemAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
