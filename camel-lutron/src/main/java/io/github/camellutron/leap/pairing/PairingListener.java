package io.github.camellutron.leap.pairing;

import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Progress of a pairing, called on the thread that runs {@link LeapPairing#pair()}, in this order. Every method does
 * nothing by default; an exception thrown here aborts the pairing.
 */
public interface PairingListener {

    /** The TLS session on the pairing port is up; {@code trust} tells Caseta bridges from RA3 / QSX processors. */
    default void connected(PairingTrust trust) {
    }

    /** Waiting for the button: called at once with the whole timeout, then every second with the time left. */
    default void waitingForButton(Duration remaining) {
    }

    /** The bridge reported the button press ({@code PhysicalAccess}). */
    default void buttonPressed() {
    }

    /** The certificate request went to the bridge. */
    default void csrSent() {
    }

    /** The bridge signed the certificate. */
    default void certificateReceived(X509Certificate certificate) {
    }

    /** A LEAP ping with the new certificate was answered; pairing is done. */
    default void verified(double leapVersion) {
    }
}
