package io.github.camellutron.lip.protocol;

/** A line that is not valid LIP. The message quotes the offending line (LIP lines never carry secrets). */
public class LipParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LipParseException(String message) {
        super(message);
    }
}
