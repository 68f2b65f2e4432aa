package io.github.camellutron.client;

/** Base of the errors a Lutron client reports; the message always names the bridge. */
public class LutronException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LutronException(String message) {
        super(message);
    }

    public LutronException(String message, Throwable cause) {
        super(message, cause);
    }
}
