package io.github.camellutron.leap.pairing;

import java.time.Duration;

/** Nobody pressed the pairing button within the button timeout. */
public class ButtonTimeoutException extends PairingException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public ButtonTimeoutException(String host, Duration timeout) {
        super("No button press within " + LeapPairing.describe(timeout) + ": press " + LeapPairing.BUTTON
              + " (HomeWorks QSX: " + LeapPairing.QSX_BUTTON + ") while pairing with " + host
              + " waits for it, then try again");
        this.timeout = timeout;
    }

    /** How long pairing waited. */
    public Duration timeout() {
        return timeout;
    }
}
