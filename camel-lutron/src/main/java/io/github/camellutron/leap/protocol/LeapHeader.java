package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code Header} of a LEAP message; every part is null when absent. {@code paging} is the opaque {@code Paging}
 * object a response carries and the next request echoes; treat it as read-only.
 */
public record LeapHeader(String url, String clientTag, LeapStatus status, String messageBodyType, JsonNode paging,
        String contentType) {

    /** A request header: just the URL. */
    public static LeapHeader of(String url) {
        return new LeapHeader(url, null, null, null, null, null);
    }

    public LeapHeader withClientTag(String tag) {
        return new LeapHeader(url, tag, status, messageBodyType, paging, contentType);
    }

    public LeapHeader withPaging(JsonNode newPaging) {
        return new LeapHeader(url, clientTag, status, messageBodyType, newPaging, contentType);
    }
}
