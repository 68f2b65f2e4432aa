package io.github.camellutron.leap.pairing;

/**
 * The bridge refused the LAP client certificate during the TLS handshake on the pairing port (a TLS alert such as
 * {@code bad_certificate}).
 */
public class LapCertificateRejectedException extends PairingException {

    private static final long serialVersionUID = 1L;

    public LapCertificateRejectedException(String address, Throwable cause) {
        super("The bridge " + address + " refused the pairing client certificate (" + cause.getMessage()
              + "). camel-lutron presents the public \"Caseta Application\" identity unless another one was"
              + " configured: check that no other LAP identity is set, and that the firmware of the bridge still"
              + " accepts LAP pairing", cause);
    }
}
