package io.github.camellutron.leap.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One LEAP message as an immutable value: {@code CommuniqueType}, {@code Header} and optional {@code Body}. Parsing
 * is one Jackson tree parse, tolerant of field order and of anything it does not know: an unknown CommuniqueType
 * stays as text, unknown body types stay as trees, and unknown envelope or header fields travel through
 * {@link #toJson()} unchanged. The LAP pairing messages, which have no CommuniqueType, parse too.
 *
 * <p>
 * The body is a Jackson tree, which Jackson cannot freeze: treat it as read-only.
 */
public final class LeapMessage {

    private static final int EXCERPT = 120;

    private final String communiqueType;
    private final CommuniqueType type;
    private final LeapHeader header;
    // a streamed message keeps where its body is in the frame and builds the tree on first use
    private volatile JsonNode body;
    private final byte[] bodySource;
    private final int bodyOffset;
    private final int bodyLength;
    // the body of a zone, button or occupancy push read straight into its value by the streaming parse, or null
    private final Object decoded;
    // unknown header and top-level fields, null when there are none (the usual case)
    private final ObjectNode otherHeaderFields;
    private final ObjectNode otherFields;

    private LeapMessage(String communiqueType, LeapHeader header, JsonNode body, ObjectNode otherHeaderFields,
                        ObjectNode otherFields) {
        this(communiqueType, header, body, null, 0, 0, null, otherHeaderFields, otherFields);
    }

    private LeapMessage(String communiqueType, LeapHeader header, JsonNode body, byte[] bodySource, int bodyOffset,
                        int bodyLength, Object decoded, ObjectNode otherHeaderFields, ObjectNode otherFields) {
        this.communiqueType = communiqueType;
        this.type = CommuniqueType.of(communiqueType);
        this.header = header;
        this.body = body;
        this.bodySource = bodySource;
        this.bodyOffset = bodyOffset;
        this.bodyLength = bodyLength;
        this.decoded = decoded;
        this.otherHeaderFields = otherHeaderFields;
        this.otherFields = otherFields;
    }

    /** A message read by {@link LeapPushParser}: its body, if any, is the given range of the frame. */
    static LeapMessage streamed(String communiqueType, LeapHeader header, byte[] frame, int bodyOffset, int bodyLength,
                                Object decoded) {
        return new LeapMessage(communiqueType, header, null, frame, bodyOffset, bodyLength, decoded, null, null);
    }

    /**
     * Parses one frame.
     *
     * @throws LeapParseException when the text is not one JSON object or its Header is not an object
     */
    public static LeapMessage parse(String json) {
        if (json == null) {
            throw new LeapParseException("LEAP message is null");
        }
        JsonNode tree;
        try {
            tree = LeapJson.READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalidJson(e, json);
        }
        return fromTree(tree, json);
    }

    /**
     * Parses one frame straight from its UTF-8 bytes, without the line end (a trailing CR is harmless).
     *
     * @throws LeapParseException        when the bytes are not one JSON object or its Header is not an object
     * @throws IndexOutOfBoundsException when offset and length do not lie within the array
     */
    public static LeapMessage parse(byte[] utf8, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        LeapMessage streamed = LeapPushParser.tryParse(utf8, offset, length);
        if (streamed != null) {
            return streamed;
        }
        JsonNode tree;
        try {
            tree = LeapJson.READER.readTree(utf8, offset, length);
        } catch (IOException e) {
            throw invalidJson(e, head(utf8, offset, length));
        }
        return fromTree(tree, tree != null && tree.isObject() ? null : head(utf8, offset, length));
    }

    /** Enough of the frame for an excerpt: a UTF-8 character takes at most 4 bytes. */
    private static String head(byte[] utf8, int offset, int length) {
        return new String(utf8, offset, Math.min(length, EXCERPT * 4 + 4), StandardCharsets.UTF_8);
    }

    private static LeapParseException invalidJson(IOException e, String source) {
        String reason = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        // Jackson's own text can quote a long stretch of the input; keep only its first line
        int nl = reason == null ? -1 : reason.indexOf('\n');
        if (nl >= 0) {
            reason = reason.substring(0, nl);
        }
        return new LeapParseException("Not valid JSON (" + reason + "): " + excerpt(source));
    }

    private static LeapMessage fromTree(JsonNode tree, String source) {
        if (tree == null || !tree.isObject()) {
            throw new LeapParseException("LEAP message is not a JSON object: " + excerpt(source));
        }
        String communiqueType = null;
        JsonNode headerNode = null;
        JsonNode body = null;
        ObjectNode otherFields = null;
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "CommuniqueType" -> communiqueType = scalar(value, "CommuniqueType");
                case "Header" -> headerNode = value.isNull() ? null : value;
                case "Body" -> body = value.isNull() ? null : value;
                default -> otherFields = with(otherFields, field);
            }
        }
        if (headerNode == null) {
            return new LeapMessage(communiqueType, LeapHeader.of(null), body, null, otherFields);
        }
        if (!headerNode.isObject()) {
            throw new LeapParseException("LEAP Header is not an object: " + excerpt(headerNode.toString()));
        }
        String url = null;
        String clientTag = null;
        LeapStatus status = null;
        String bodyType = null;
        JsonNode paging = null;
        String contentType = null;
        ObjectNode otherHeaderFields = null;
        for (Map.Entry<String, JsonNode> field : headerNode.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "Url" -> url = scalar(value, "Url");
                case "ClientTag" -> clientTag = scalar(value, "ClientTag");
                case "StatusCode" -> status = LeapStatus.parse(scalar(value, "StatusCode"));
                case "MessageBodyType" -> bodyType = scalar(value, "MessageBodyType");
                case "Paging" -> paging = value.isNull() ? null : value;
                case "ContentType" -> contentType = scalar(value, "ContentType");
                default -> otherHeaderFields = with(otherHeaderFields, field);
            }
        }
        LeapHeader header = new LeapHeader(url, clientTag, status, bodyType, paging, contentType);
        return new LeapMessage(communiqueType, header, body, otherHeaderFields, otherFields);
    }

    private static ObjectNode with(ObjectNode fields, Map.Entry<String, JsonNode> field) {
        ObjectNode result = fields == null ? LeapJson.object() : fields;
        result.set(field.getKey(), field.getValue());
        return result;
    }

    private static String scalar(JsonNode v, String name) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new LeapParseException("LEAP " + name + " is not a string: " + excerpt(v.toString()));
        }
        return v.asText();
    }

    /**
     * A request with no ClientTag (the client adds one).
     *
     * @param  body                     the body, or null; it is copied
     * @throws IllegalArgumentException when the type is not a request type or the URL does not start with {@code /}
     */
    public static LeapMessage request(CommuniqueType type, String url, JsonNode body) {
        if (type == null || !type.isRequest()) {
            throw new IllegalArgumentException("LEAP request type must be one of the ...Request types, not " + type);
        }
        if (url == null || !url.startsWith("/") || url.isBlank()) {
            throw new IllegalArgumentException("LEAP URL must start with '/': " + excerpt(url));
        }
        return new LeapMessage(type.name(), LeapHeader.of(url), copy(body), null, null);
    }

    /**
     * A message as a bridge sends it, for simulators and tests.
     *
     * @param  body                     the body, or null; it is copied
     * @throws IllegalArgumentException when the type or the header is null
     */
    public static LeapMessage response(CommuniqueType type, LeapHeader header, JsonNode body) {
        if (type == null || header == null) {
            throw new IllegalArgumentException("LEAP response type and header are required");
        }
        return new LeapMessage(type.name(), header, copy(body), null, null);
    }

    private static JsonNode copy(JsonNode body) {
        return body == null || body.isNull() ? null : body.deepCopy();
    }

    /** This message with another ClientTag (null removes it). */
    public LeapMessage withClientTag(String tag) {
        return new LeapMessage(communiqueType, header.withClientTag(tag), body(), otherHeaderFields, otherFields);
    }

    /** This message with the {@code Paging} object of a response echoed in its header (null removes it). */
    public LeapMessage withPaging(JsonNode paging) {
        return new LeapMessage(communiqueType, header.withPaging(paging), body(), otherHeaderFields, otherFields);
    }

    /** The CommuniqueType as received; null for LAP pairing messages, which have none. */
    public String communiqueType() {
        return communiqueType;
    }

    /** The known CommuniqueType, or null when it is absent or unknown. */
    public CommuniqueType type() {
        return type;
    }

    public LeapHeader header() {
        return header;
    }

    /** The Body, or null when absent; read-only. */
    public JsonNode body() {
        JsonNode b = body;
        if (b == null && bodySource != null) {
            try {
                b = LeapJson.READER.readTree(bodySource, bodyOffset, bodyLength);
            } catch (IOException e) {
                throw new IllegalStateException("A LEAP body the streaming parse accepted is not JSON", e);
            }
            body = b;
        }
        return b;
    }

    /** Whether the message has a body, without building its tree. */
    public boolean hasBody() {
        return body != null || bodySource != null;
    }

    /** The body of a zone, button or occupancy push as its value, when the streaming parse read it; else null. */
    Object decodedBody() {
        return decoded;
    }

    public String url() {
        return header.url();
    }

    public String clientTag() {
        return header.clientTag();
    }

    public LeapStatus status() {
        return header.status();
    }

    /** The {@code MessageBodyType}, or null when absent (as on 204 answers). */
    public String bodyType() {
        return header.messageBodyType();
    }

    /** True for an {@code ExceptionResponse} and for any status outside 2xx. */
    public boolean isError() {
        LeapStatus status = header.status();
        return type == CommuniqueType.ExceptionResponse || (status != null && !status.isSuccess());
    }

    /**
     * The message as one compact JSON line without the line end: CommuniqueType, then Header with only the fields
     * present, then Body, then any unknown fields received. JSON escaping keeps CR and LF out of the line.
     */
    public String toJson() {
        ObjectNode root = LeapJson.object();
        if (communiqueType != null) {
            root.put("CommuniqueType", communiqueType);
        }
        ObjectNode h = root.putObject("Header");
        if (header.status() != null) {
            h.put("StatusCode", header.status().toString());
        }
        putIfPresent(h, "Url", header.url());
        putIfPresent(h, "MessageBodyType", header.messageBodyType());
        putIfPresent(h, "ContentType", header.contentType());
        putIfPresent(h, "ClientTag", header.clientTag());
        if (header.paging() != null) {
            h.set("Paging", header.paging());
        }
        if (otherHeaderFields != null) {
            otherHeaderFields.properties().forEach(f -> h.putIfAbsent(f.getKey(), f.getValue()));
        }
        JsonNode b = body();
        if (b != null) {
            root.set("Body", b);
        }
        if (otherFields != null) {
            otherFields.properties().forEach(f -> root.putIfAbsent(f.getKey(), f.getValue()));
        }
        try {
            return LeapJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** A short summary for logs, without the body (bodies can hold network keys). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96);
        sb.append(communiqueType == null ? "(no CommuniqueType)" : communiqueType);
        if (header.url() != null) {
            sb.append(' ').append(header.url());
        }
        if (header.status() != null) {
            sb.append(' ').append(header.status());
        }
        if (header.messageBodyType() != null) {
            sb.append(' ').append(header.messageBodyType());
        }
        if (header.clientTag() != null) {
            sb.append(" tag=").append(header.clientTag());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeapMessage m && Objects.equals(m.communiqueType, communiqueType)
                && m.header.equals(header) && Objects.equals(m.body(), body())
                && Objects.equals(m.otherHeaderFields, otherHeaderFields) && Objects.equals(m.otherFields, otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(communiqueType, header, body(), otherHeaderFields, otherFields);
    }

    /** At most the first 120 characters, quoted, with control characters escaped. */
    static String excerpt(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), EXCERPT) + 8).append('"');
        for (int i = 0; i < s.length() && i < EXCERPT; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > EXCERPT) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
