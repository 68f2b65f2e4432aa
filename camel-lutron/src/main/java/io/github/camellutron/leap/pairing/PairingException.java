package io.github.camellutron.leap.pairing;

/** Pairing failed; the message says what happened and what to do about it. Subclasses name the common causes. */
public class PairingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PairingException(String message) {
        super(message);
    }

    public PairingException(String message, Throwable cause) {
        super(message, cause);
    }
}
