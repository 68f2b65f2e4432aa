package io.github.camellutron.leap.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared Jackson objects and the tolerant readers the typed views are built with. */
final class LeapJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** A frame holds exactly one object: anything after it is an error, not a second message. */
    static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeapJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * A level, tilt or hue as JSON: whole numbers as integers, as every client sends them, anything else rounded to
     * two decimals.
     */
    static JsonNode numberNode(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return IntNode.valueOf((int) rounded);
        }
        return DoubleNode.valueOf(rounded);
    }

    /** The field's text, or null when the node or the field is absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** The field as a number (a numeric string counts), or null when absent or not a number. */
    static Double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.valueOf(v.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.canConvertToInt() && v.isIntegralNumber()) {
            return v.intValue();
        }
        if (v != null && v.isTextual()) {
            try {
                return Integer.valueOf(v.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The field as a boolean; some bridges send {@code "False"} as a string. */
    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            String s = v.textValue().strip();
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** The id of the {@code {"href":...}} object in the field, or null. */
    static Integer refId(JsonNode node, String field) {
        return node == null ? null : LeapHref.idOrNull(node.get(field));
    }

    /**
     * The ids of the href objects in an array field; {@code inner} names the object inside each element when the
     * array holds wrappers such as {@code [{"Area":{"href":...}}]}, or is null.
     */
    static List<Integer> refIds(JsonNode node, String arrayField, String inner) {
        JsonNode array = node == null ? null : node.get(arrayField);
        if (array == null || !array.isArray() || array.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            Integer id = LeapHref.idOrNull(inner == null ? element : element.get(inner));
            if (id != null) {
                ids.add(id);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /** The objects of an array field, or the one object of a single field, or nothing. */
    static List<JsonNode> items(JsonNode body, String many, String one) {
        if (body == null) {
            return List.of();
        }
        JsonNode array = body.get(many);
        if (array != null && array.isArray()) {
            List<JsonNode> list = new ArrayList<>(array.size());
            for (JsonNode element : array) {
                if (element.isObject()) {
                    list.add(element);
                }
            }
            return list;
        }
        JsonNode single = one == null ? null : body.get(one);
        return single != null && single.isObject() ? List.of(single) : List.of();
    }

    /** The object in the field, or null. */
    static JsonNode child(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isObject() ? v : null;
    }
}
