package io.github.camellutron.leap.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The fast path of {@link LeapMessage#parse(byte[], int, int)} for what a bridge sends most: one streaming pass over
 * the envelope that builds no tree. The header's strings are read as they come; the body is not built at all, only
 * its place in the frame is kept (a tree is made from it if someone asks), and the body of a zone, button or occupancy
 * push is read straight into its value. Anything of another shape (an unknown field, a paged answer, a value of an
 * unexpected type, JSON that is not valid) is left to the tree parse, which knows every case and words the errors:
 * this path only has to be right for what it accepts.
 */
final class LeapPushParser {

    private static final Object SKIPPED = new Object();

    // the order in which bridges write these objects: a name where it is expected is matched on its bytes, with no
    // symbol table lookup; a name elsewhere is read the usual way
    private static final SerializedString[] ENVELOPE = names("CommuniqueType", "Header", "Body");
    private static final SerializedString[] HEADER = names("MessageBodyType", "StatusCode", "Url", "ClientTag");
    private static final SerializedString[] ZONE_STATUS = names("href", "Level", "Zone", "StatusAccuracy");
    private static final SerializedString[] BUTTON_STATUS = names("href", "Button", "ButtonEvent");
    private static final SerializedString[] OCCUPANCY_STATUS = names("href", "OccupancyGroup", "OccupancyStatus");
    private static final SerializedString[] HREF = names("href");
    private static final SerializedString[] EVENT = names("EventType");
    private static final SerializedString[] ZONE_WRAPPER = names("ZoneStatus");
    private static final SerializedString[] BUTTON_WRAPPER = names("ButtonStatus");
    private static final SerializedString[] OCCUPANCY_WRAPPER = names("OccupancyGroupStatus");
    private static final SerializedString[] NONE = new SerializedString[0];

    private final JsonParser p;
    /** False once the status body held something its tree reading would take differently. */
    private boolean exact = true;

    private LeapPushParser(JsonParser p) {
        this.p = p;
    }

    /** The message, or null when the frame is not of the shape this path reads. */
    static LeapMessage tryParse(byte[] utf8, int offset, int length) {
        try (JsonParser p = LeapJson.MAPPER.getFactory().createParser(utf8, offset, length)) {
            return new LeapPushParser(p).envelope(utf8, offset);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private LeapMessage envelope(byte[] utf8, int offset) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String communiqueType = null;
        String url = null;
        String clientTag = null;
        String status = null;
        String bodyType = null;
        String contentType = null;
        boolean header = false;
        int bodyStart = -1;
        int bodyEnd = -1;
        Object decoded = null;
        String field;
        for (int i = 0; (field = nextName(ENVELOPE, i)) != null; i++) {
            switch (field) {
                case "CommuniqueType" -> {
                    if ((communiqueType = string()) == null) {
                        return null;
                    }
                }
                case "Header" -> {
                    if (header || p.nextToken() != JsonToken.START_OBJECT) {
                        return null;
                    }
                    header = true;
                    String name;
                    for (int i2 = 0; (name = nextName(HEADER, i2)) != null; i2++) {
                        String value = string();
                        if (value == null) {
                            return null;
                        }
                        switch (name) {
                            case "Url" -> url = value;
                            case "ClientTag" -> clientTag = value;
                            case "StatusCode" -> status = value;
                            case "MessageBodyType" -> bodyType = value;
                            case "ContentType" -> contentType = value;
                            default -> {
                                return null;
                            }
                        }
                    }
                }
                case "Body" -> {
                    if (bodyStart >= 0 || p.nextToken() != JsonToken.START_OBJECT) {
                        return null;
                    }
                    bodyStart = (int) p.currentTokenLocation().getByteOffset();
                    decoded = bodyType == null ? skip() : body(bodyType);
                    bodyEnd = (int) p.currentLocation().getByteOffset();
                }
                default -> {
                    return null;
                }
            }
        }
        if (communiqueType == null || !header || p.nextToken() != null) {
            return null;
        }
        LeapHeader h = new LeapHeader(url, clientTag, status == null ? null : LeapStatus.parse(status), bodyType, null,
                contentType);
        if (bodyStart < 0) {
            return LeapMessage.streamed(communiqueType, h, null, 0, 0, null);
        }
        // byte offsets count from the start of the frame, not of the array
        return LeapMessage.streamed(communiqueType, h, utf8, offset + bodyStart, bodyEnd - bodyStart,
                decoded == SKIPPED ? null : decoded);
    }

    private static SerializedString[] names(String... names) {
        SerializedString[] out = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = new SerializedString(names[i]);
        }
        return out;
    }

    /**
     * The next field name of the current object, or null at its end; {@code expected[index]} is tried first.
     */
    private String nextName(SerializedString[] expected, int index) throws IOException {
        if (index < expected.length) {
            if (p.nextFieldName(expected[index])) {
                return expected[index].getValue();
            }
            return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
        }
        return p.nextFieldName();
    }

    /** The next value when it is a string, else null. */
    private String string() throws IOException {
        return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
    }

    private Object skip() throws IOException {
        p.skipChildren();
        return SKIPPED;
    }

    /** A scalar field as LeapJson.text reads it: strings as they are, null for null and for objects and arrays. */
    private String text(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            // a number or a boolean is text to the tree in its own spelling: leave those to it
            exact &= t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
            p.skipChildren();
        }
        return null;
    }

    /** The id of an {@code {"href":...}} value, or -1, as LeapHref.idOrNull reads it. */
    private int hrefObject(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return -1;
        }
        int id = -1;
        String name;
        for (int i = 0; (name = nextName(HREF, i)) != null; i++) {
            JsonToken v = p.nextToken();
            if (name.equals("href")) {
                id = v == JsonToken.VALUE_STRING ? LeapHref.parseId(p.getText()) : -1;
            }
            p.skipChildren();
        }
        return id;
    }

    /** The id of a status's own href, or -1. */
    private int ownId(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return LeapHref.parseId(p.getText());
        }
        p.skipChildren();
        return -1;
    }

    /** Reads the body (its START_OBJECT is current) to its END_OBJECT; the decoded value, or SKIPPED. */
    private Object body(String bodyType) throws IOException {
        String wrapper = switch (bodyType) {
            case "OneZoneStatus" -> "ZoneStatus";
            case "OneButtonStatusEvent" -> "ButtonStatus";
            case "OneOccupancyGroupStatus" -> "OccupancyGroupStatus";
            default -> null;
        };
        if (wrapper == null) {
            return skip();
        }
        Object decoded = SKIPPED;
        String field;
        int fields = 0;
        SerializedString[] expected = switch (wrapper) {
            case "ZoneStatus" -> ZONE_WRAPPER;
            case "ButtonStatus" -> BUTTON_WRAPPER;
            default -> OCCUPANCY_WRAPPER;
        };
        while ((field = nextName(fields == 0 ? expected : NONE, 0)) != null) {
            fields++;
            if (p.nextToken() == JsonToken.START_OBJECT && field.equals(wrapper) && fields == 1) {
                decoded = switch (wrapper) {
                    case "ZoneStatus" -> zoneStatus();
                    case "ButtonStatus" -> buttonStatus();
                    default -> occupancyGroupStatus();
                };
            } else {
                // another field beside the status: the tree decides what that means
                decoded = SKIPPED;
                p.skipChildren();
            }
        }
        return fields == 1 && exact ? decoded : SKIPPED;
    }

    /**
     * The fields {@link LeapZoneStatus#from} reads, with its meaning; SKIPPED (after reading to the end) for anything
     * it would read differently, such as a level sent as text or a colour status.
     */
    private Object zoneStatus() throws IOException {
        int zone = -1;
        int ownId = -1;
        Double level = null;
        String switched = null;
        String fan = null;
        Double tilt = null;
        String accuracy = null;
        String availability = null;
        String field;
        for (int i = 0; (field = nextName(ZONE_STATUS, i)) != null; i++) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "href" -> ownId = ownId(t);
                case "Zone" -> zone = hrefObject(t);
                case "Level" -> {
                    if (t.isNumeric()) {
                        level = p.getDoubleValue();
                    } else if (t != JsonToken.VALUE_NULL) {
                        // a number in a string, or worse: the tree's reading decides
                        exact = false;
                        p.skipChildren();
                    }
                }
                case "Tilt" -> {
                    if (t.isNumeric()) {
                        tilt = p.getDoubleValue();
                    } else if (t != JsonToken.VALUE_NULL) {
                        // a number in a string, or worse: the tree's reading decides
                        exact = false;
                        p.skipChildren();
                    }
                }
                case "SwitchedLevel" -> switched = text(t);
                case "FanSpeed" -> fan = text(t);
                case "StatusAccuracy" -> accuracy = text(t);
                case "Availability" -> availability = text(t);
                case "ColorTuningStatus" -> {
                    exact = false;
                    p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
        int id = zone >= 0 ? zone : ownId;
        if (id < 0) {
            return SKIPPED;
        }
        if (level != null && level < 0) {
            level = null;
        }
        return new LeapZoneStatus(id, level, switched, fan, tilt, null, accuracy, availability);
    }

    private Object buttonStatus() throws IOException {
        int button = -1;
        int ownId = -1;
        String eventType = null;
        String field;
        for (int i = 0; (field = nextName(BUTTON_STATUS, i)) != null; i++) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "href" -> ownId = ownId(t);
                case "Button" -> button = hrefObject(t);
                case "ButtonEvent" -> {
                    if (t == JsonToken.START_OBJECT) {
                        String name;
                        for (int k = 0; (name = nextName(EVENT, k)) != null; k++) {
                            JsonToken v = p.nextToken();
                            if (name.equals("EventType")) {
                                eventType = text(v);
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        int id = button >= 0 ? button : ownId;
        if (id < 0) {
            return SKIPPED;
        }
        return new LeapButtonEvent(id, eventType);
    }

    private Object occupancyGroupStatus() throws IOException {
        int group = -1;
        int ownId = -1;
        String status = null;
        String field;
        for (int i = 0; (field = nextName(OCCUPANCY_STATUS, i)) != null; i++) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "href" -> ownId = ownId(t);
                case "OccupancyGroup" -> group = hrefObject(t);
                case "OccupancyStatus" -> status = text(t);
                default -> p.skipChildren();
            }
        }
        int id = group >= 0 ? group : ownId;
        if (id < 0) {
            return SKIPPED;
        }
        return new LeapOccupancyGroupStatus(id, status);
    }
}
