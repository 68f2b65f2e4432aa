package io.github.camellutron.leap.protocol;

import java.util.HashMap;
import java.util.Map;

/** The {@code CommuniqueType} of a LEAP message; constants are spelled as on the wire. */
public enum CommuniqueType {
    ReadRequest,
    ReadResponse,
    CreateRequest,
    CreateResponse,
    UpdateRequest,
    UpdateResponse,
    DeleteRequest,
    DeleteResponse,
    SubscribeRequest,
    SubscribeResponse,
    UnsubscribeRequest,
    UnsubscribeResponse,
    MetadataRequest,
    MetadataResponse,
    ExceptionResponse;

    private static final Map<String, CommuniqueType> BY_NAME = new HashMap<>();

    static {
        for (CommuniqueType t : values()) {
            BY_NAME.put(t.name(), t);
        }
    }

    /** True for the types a client sends. */
    public boolean isRequest() {
        return name().endsWith("Request");
    }

    /** The type with exactly this wire name, or null when the name is unknown or null. */
    public static CommuniqueType of(String name) {
        return name == null ? null : BY_NAME.get(name);
    }
}
