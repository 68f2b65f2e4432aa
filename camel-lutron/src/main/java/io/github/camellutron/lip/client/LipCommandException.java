package io.github.camellutron.lip.client;

import io.github.camellutron.client.LutronException;
import io.github.camellutron.lip.protocol.LipError;
import io.github.camellutron.lip.protocol.LipMessage;

/** The bridge answered a command with {@code ~ERROR,n}. */
public class LipCommandException extends LutronException {

    private static final long serialVersionUID = 1L;

    private final int errorCode;
    private final String command;

    public LipCommandException(String bridge, LipMessage command, int errorCode) {
        super("Bridge " + bridge + " rejected " + command + ": " + LipError.describe(errorCode));
        this.errorCode = errorCode;
        this.command = command.toString();
    }

    /** The {@code n} of {@code ~ERROR,n}. */
    public int getErrorCode() {
        return errorCode;
    }

    /** The error as the guide defines it, or null for a code it does not define. */
    public LipError getError() {
        return LipError.of(errorCode);
    }

    /** The rejected command line. */
    public String getCommand() {
        return command;
    }
}
