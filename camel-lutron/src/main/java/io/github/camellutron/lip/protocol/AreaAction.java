package io.github.camellutron.lip.protocol;

/** Action numbers of the {@code AREA} command (HomeWorks QS, Quantum; not RadioRA 2 or Caseta). */
public enum AreaAction {
    SET_LEVEL(1),
    START_RAISING(2),
    START_LOWERING(3),
    STOP(4),
    SCENE(6),
    OCCUPANCY_STATE(8);

    private static final AreaAction[] BY_CODE = Codes.index(values(), AreaAction::code);

    private final int code;

    AreaAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static AreaAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
