package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code GROUP} command (occupancy groups). */
public enum GroupAction {
    OCCUPANCY_STATE(3);

    private static final GroupAction[] BY_CODE = Codes.index(values(), GroupAction::code);

    private final int code;

    GroupAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static GroupAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
