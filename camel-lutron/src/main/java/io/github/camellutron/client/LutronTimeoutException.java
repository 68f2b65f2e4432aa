package io.github.camellutron.client;

/** The bridge did not answer within the response timeout. */
public class LutronTimeoutException extends LutronException {

    private static final long serialVersionUID = 1L;

    public LutronTimeoutException(String message) {
        super(message);
    }
}
