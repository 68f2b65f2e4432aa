package io.github.camellutron.leap.client;

import io.github.camellutron.client.LutronException;
import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;

/**
 * A LEAP error answer: an {@code ExceptionResponse} or a status outside 2xx. It carries the status code, reason, URL
 * and the bridge's message, and names all four in its message.
 */
public class LeapException extends LutronException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String reason;
    private final String url;
    private final String bridgeMessage;

    /**
     * @param statusCode    the status code, 0 when the answer had none
     * @param reason        the status text after the code, or null
     * @param url           the resource, or null
     * @param bridgeMessage the {@code Message} of the error body, or null
     */
    public LeapException(int statusCode, String reason, String url, String bridgeMessage) {
        super(describe(statusCode, reason, url, bridgeMessage));
        this.statusCode = statusCode;
        this.reason = reason;
        this.url = url;
        this.bridgeMessage = bridgeMessage;
    }

    /** The exception for an error answer (see {@link LeapMessage#isError()}). */
    public static LeapException of(LeapMessage response) {
        LeapStatus status = response.status();
        return new LeapException(status == null ? 0 : status.code(), status == null ? null : status.reason(),
                response.url(), LeapBodies.errorMessage(response.body()));
    }

    private static String describe(int statusCode, String reason, String url, String bridgeMessage) {
        StringBuilder sb = new StringBuilder("LEAP request failed: ");
        if (statusCode != 0) {
            sb.append(statusCode);
            if (reason != null && !reason.isEmpty()) {
                sb.append(' ');
            }
        }
        sb.append(reason != null ? reason : statusCode == 0 ? "no status" : "");
        sb.append(" for ").append(url != null ? url : "(no URL)");
        if (bridgeMessage != null) {
            sb.append(": ").append(bridgeMessage);
        }
        return sb.toString();
    }

    /** The status code, 0 when the answer had none. */
    public int statusCode() {
        return statusCode;
    }

    /** The status text after the code ({@code NotFound}), or null. */
    public String reason() {
        return reason;
    }

    public String url() {
        return url;
    }

    /** What the bridge said in the error body, or null. */
    public String bridgeMessage() {
        return bridgeMessage;
    }
}
