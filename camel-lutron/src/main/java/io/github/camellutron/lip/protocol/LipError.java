package io.github.camellutron.lip.protocol;

/** The codes of {@code ~ERROR,n} and what each means, from the integration protocol guide. */
public enum LipError {
    PARAMETER_COUNT_MISMATCH(1, "parameter count mismatch"),
    OBJECT_DOES_NOT_EXIST(2, "object does not exist"),
    INVALID_ACTION(3, "invalid action number"),
    PARAMETER_OUT_OF_RANGE(4, "parameter data out of range"),
    PARAMETER_MALFORMED(5, "parameter data malformed"),
    UNSUPPORTED_COMMAND(6, "unsupported command");

    private final int code;
    private final String meaning;

    LipError(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The error for a code, or null for a code the guide does not define. */
    public static LipError of(int code) {
        for (LipError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }

    /** A sentence naming the code and its meaning, also for codes the guide does not define. */
    public static String describe(int code) {
        LipError e = of(code);
        return "~ERROR," + code + " (" + (e != null ? e.meaning : "unknown error code") + ")";
    }
}
