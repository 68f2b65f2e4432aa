package io.github.camellutron.leap.pairing;

/**
 * The bridge answered the certificate request with an error, typically {@code 401 Unauthorized} when it was sent
 * without a button press or after the pairing window closed.
 */
public class PairingRefusedException extends PairingException {

    private static final long serialVersionUID = 1L;

    private final String status;
    private final String bridgeMessage;

    /**
     * @param status        the answer's {@code StatusCode}, such as {@code 401 Unauthorized}
     * @param bridgeMessage the bridge's {@code Exception.Message}, or null
     */
    public PairingRefusedException(String host, String status, String bridgeMessage) {
        super("The bridge " + host + " refused the certificate request (" + status
              + (bridgeMessage == null ? "" : ": " + bridgeMessage) + ")"
              + (status.startsWith("401") ? ": the pairing button was not pressed or the pairing window closed."
                      + " Pair again and press " + LeapPairing.BUTTON + " when asked" : ""));
        this.status = status;
        this.bridgeMessage = bridgeMessage;
    }

    /** The answer's {@code StatusCode}, such as {@code 401 Unauthorized}. */
    public String status() {
        return status;
    }

    /** What the bridge said, or null. */
    public String bridgeMessage() {
        return bridgeMessage;
    }
}
