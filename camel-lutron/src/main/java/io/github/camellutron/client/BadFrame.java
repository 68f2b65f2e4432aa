package io.github.camellutron.client;

/** Why a frame from a bridge was skipped. */
public enum BadFrame {
    /** Longer than {@code maxLineLength}. */
    TOO_LONG,
    /** Bytes that are not text: a LIP line beyond printable ASCII. */
    NOT_TEXT,
    /** Text that is not a message of the protocol: not LIP, not JSON (invalid UTF-8 included), not LEAP. */
    NOT_PARSED,
    /** A message a bridge does not send, such as a LIP command instead of a report. */
    UNEXPECTED
}
