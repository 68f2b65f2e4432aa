package io.github.camellutron.lip.protocol;

/**
 * Action numbers of the {@code SHADEGRP} command (HomeWorks QS, Quantum), from public copies of the Quantum and
 * HomeWorks QS sections of the guide; unverified against a bridge. {@link #SET_LEVEL} takes level and delay (no
 * fade); {@link #PRESET} takes 0 (open) to 30 (closed). The tilt variants exist but their numbers were not
 * captured, so they are not modelled.
 */
public enum ShadeGroupAction {
    SET_LEVEL(1),
    START_RAISING(2),
    START_LOWERING(3),
    STOP(4),
    PRESET(6);

    private static final ShadeGroupAction[] BY_CODE = Codes.index(values(), ShadeGroupAction::code);

    private final int code;

    ShadeGroupAction(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static ShadeGroupAction of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
