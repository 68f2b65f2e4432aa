package io.github.camellutron.lip.protocol;

/**
 * Occupancy state reported by {@code ~GROUP,id,3,state}; {@code ~AREA,id,8,state} uses the same numbers (without
 * {@link #UNKNOWN}).
 */
public enum GroupState {
    OCCUPIED(3),
    UNOCCUPIED(4),
    UNKNOWN(255);

    private static final GroupState[] BY_CODE = Codes.index(values(), GroupState::code);

    private final int code;

    GroupState(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static GroupState of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
