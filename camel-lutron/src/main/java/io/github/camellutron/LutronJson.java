package io.github.camellutron;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camellutron.event.LutronEvent;

/** The JSON form of events and catalogs that routes get from {@code getBody(String.class)}. */
public final class LutronJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private LutronJson() {
    }

    /** The event as a JSON object whose first field is its {@code type}. */
    public static ObjectNode toTree(LutronEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", event.type().name());
        node.setAll((ObjectNode) MAPPER.valueToTree(event));
        return node;
    }

    public static String toJson(LutronEvent event) {
        return toTree(event).toString();
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
