package io.github.camellutron.client;

/**
 * The bridge refused the credentials. Final: the client does not retry, because repeated failures lock a
 * user out on some bridges. Restarting the route (or the connection) tries again.
 */
public class LutronLoginException extends LutronConnectionException {

    private static final long serialVersionUID = 1L;

    public LutronLoginException(String message) {
        super(message);
    }
}
