package io.github.camellutron.leap.protocol;

/**
 * The {@code StatusCode} of a LEAP response, {@code "200 OK"} as code 200 and reason "OK". A status without a leading
 * number keeps its text as the reason with code 0.
 */
public record LeapStatus(int code, String reason) {

    public static final LeapStatus OK = new LeapStatus(200, "OK");
    public static final LeapStatus CREATED = new LeapStatus(201, "Created");
    public static final LeapStatus NO_CONTENT = new LeapStatus(204, "NoContent");

    public LeapStatus {
        if (reason == null) {
            throw new IllegalArgumentException("LEAP status reason must not be null (use \"\")");
        }
    }

    /**
     * Reads {@code "200 OK"}, {@code "204 NoContent"}, {@code "404 Not Found"}, a bare {@code "200"} or a text without
     * a number.
     *
     * @return the status, or null when the text is null or blank
     */
    public static LeapStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        int digits = 0;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        // more than 9 digits would overflow an int; no real status looks like that, so keep it all as text
        if (digits == 0 || digits > 9 || (digits < s.length() && s.charAt(digits) != ' ')) {
            return new LeapStatus(0, s);
        }
        int code = Integer.parseInt(s, 0, digits, 10);
        // code 0 is "no number": a leading 0 stays in the text, or writing the status back would drop it
        return code == 0 ? new LeapStatus(0, s) : new LeapStatus(code, s.substring(digits).strip());
    }

    /** True for the 2xx codes. */
    public boolean isSuccess() {
        return code >= 200 && code <= 299;
    }

    /** The status as on the wire, {@code "200 OK"}. */
    @Override
    public String toString() {
        if (code == 0) {
            return reason;
        }
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }
}
