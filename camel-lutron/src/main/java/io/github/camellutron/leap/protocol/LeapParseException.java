package io.github.camellutron.leap.protocol;

/** Text that is not a LEAP message or an href that names no id. The message quotes a short excerpt only. */
public class LeapParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LeapParseException(String message) {
        super(message);
    }
}
