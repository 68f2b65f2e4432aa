package io.github.camellutron.leap.pairing;

/**
 * The bridge signed a certificate, but a LEAP ping with it failed; no files were written. The bridge keeps the
 * pairing, so pairing again is harmless.
 */
public class PairingVerificationException extends PairingException {

    private static final long serialVersionUID = 1L;

    public PairingVerificationException(String address, String problem, Throwable cause) {
        super("The bridge signed a certificate, but it does not work on the LEAP port " + address + ": " + problem
              + ". Check that the LEAP port is reachable from here, then pair again", cause);
    }
}
