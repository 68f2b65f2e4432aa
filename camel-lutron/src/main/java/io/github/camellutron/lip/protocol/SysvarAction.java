package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code SYSVAR} (HomeWorks QS state variable) command. */
public enum SysvarAction {
    STATE(1);

    private static final SysvarAction[] BY_CODE = Codes.index(values(), SysvarAction::code);

    private final int code;

    SysvarAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static SysvarAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
