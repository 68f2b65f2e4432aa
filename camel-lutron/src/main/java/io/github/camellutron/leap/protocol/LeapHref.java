package io.github.camellutron.leap.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LEAP resource paths ({@code href}s): {@code /zone/5}, {@code /zone/5/status}, {@code /button/101/status/event}. The
 * id of an href is its first numeric segment after the resource name.
 */
public final class LeapHref {

    private LeapHref() {
    }

    /**
     * The id an href names: {@code /zone/5} and {@code /zone/5/status} give 5,
     * {@code /device/1488/buttongroup/expanded} gives 1488. A query ({@code ?where=...}) is ignored.
     *
     * @throws LeapParseException when the href is null or has no numeric segment after the resource name
     */
    public static int id(String href) {
        int id = parseId(href);
        if (id < 0) {
            throw new LeapParseException("LEAP href names no id: " + LeapMessage.excerpt(href));
        }
        return id;
    }

    /**
     * The id of an href object such as {@code {"href":"/zone/5"}}.
     *
     * @return the id, or null when the node is null, has no textual {@code href} or that names no id
     */
    public static Integer idOrNull(JsonNode hrefObject) {
        if (hrefObject == null) {
            return null;
        }
        JsonNode href = hrefObject.get("href");
        int id = href != null && href.isTextual() ? parseId(href.textValue()) : -1;
        return id < 0 ? null : id;
    }

    /** The resource name of an href, {@code zone} for {@code /zone/5/status}, or null when there is none. */
    public static String resource(String href) {
        if (href == null || !href.startsWith("/")) {
            return null;
        }
        int end = 1;
        while (end < href.length() && href.charAt(end) != '/' && href.charAt(end) != '?') {
            end++;
        }
        return end == 1 ? null : href.substring(1, end);
    }

    /**
     * Builds {@code /resource/id}.
     *
     * @throws IllegalArgumentException when the resource is not a plain name of letters and digits or the id is
     *                                  below 1
     */
    public static String href(String resource, int id) {
        if (resource == null || resource.isEmpty()
                || !resource.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("LEAP resource name must be letters and digits: "
                                               + LeapMessage.excerpt(resource));
        }
        if (id < 1) {
            throw new IllegalArgumentException("LEAP " + resource + " id " + id
                                               + " is out of range (must be at least 1)");
        }
        return "/" + resource + "/" + id;
    }

    /** The id, or -1 when there is none. */
    static int parseId(String href) {
        if (href == null || !href.startsWith("/")) {
            return -1;
        }
        int end = href.indexOf('?');
        if (end < 0) {
            end = href.length();
        }
        int i = href.indexOf('/', 1);
        while (i >= 0 && i < end) {
            int start = i + 1;
            int j = start;
            while (j < end && href.charAt(j) != '/') {
                j++;
            }
            int digits = j - start;
            if (digits > 0 && digits <= 9 && allDigits(href, start, j)) {
                return Integer.parseInt(href, start, j, 10);
            }
            i = j < end ? j : -1;
        }
        return -1;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
