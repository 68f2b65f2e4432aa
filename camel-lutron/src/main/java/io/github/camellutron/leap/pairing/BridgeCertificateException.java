package io.github.camellutron.leap.pairing;

/** The certificate the bridge presents on the pairing port chains to none of the trust anchors. */
public class BridgeCertificateException extends PairingException {

    private static final long serialVersionUID = 1L;

    public BridgeCertificateException(String address, Throwable cause) {
        super("The certificate of " + address + " chains to none of the pairing trust anchors (by default the LAP CA"
              + " of Caseta and RA2 Select bridges, then lutron-root of RadioRA 3 and HomeWorks QSX processors): "
              + cause.getMessage() + ". Check that the address is a Lutron Smart Bridge or processor", cause);
    }
}
