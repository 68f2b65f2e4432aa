package io.github.camellutron.lip.protocol;

/** LED states of {@code DEVICE} action 9; RadioRA 2 reports the flash states as {@link #ON}. */
public enum LedCode {
    OFF(0),
    ON(1),
    FLASH(2),
    RAPID_FLASH(3);

    private static final LedCode[] BY_CODE = Codes.index(values(), LedCode::code);

    private final int code;

    LedCode(int code) {
        this.code = code;
    }

    /** The number sent on the wire. */
    public int code() {
        return code;
    }

    /** The constant for a number, or null when the number is not one of them. */
    public static LedCode of(int code) {
        return Codes.find(BY_CODE, code);
    }
}
