package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code MODE} (green mode) command. */
public enum ModeAction {
    STEP(1);

    private static final ModeAction[] BY_CODE = Codes.index(values(), ModeAction::code);

    private final int code;

    ModeAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static ModeAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
