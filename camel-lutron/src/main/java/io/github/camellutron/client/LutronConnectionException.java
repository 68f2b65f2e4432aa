package io.github.camellutron.client;

/** The link to the bridge is down, or dropped while a command was in flight. */
public class LutronConnectionException extends LutronException {

    private static final long serialVersionUID = 1L;

    public LutronConnectionException(String message) {
        super(message);
    }

    public LutronConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
