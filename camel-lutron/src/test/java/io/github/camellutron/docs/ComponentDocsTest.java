package io.github.camellutron.docs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the option and header tables of the docs equal to the component JSON descriptor that
 * camel-package-maven-plugin generates from the annotations, so the docs never drift from the code. After
 * changing an option, regenerate with {@code ./mvnw -pl camel-lutron test -Dtest=ComponentDocsTest
 * -Dlutron.docs.update=true}.
 */
class ComponentDocsTest {

    static final String START = "<!-- generated from the component descriptor: START -->";
    static final String END = "<!-- generated from the component descriptor: END -->";

    @ParameterizedTest
    @CsvSource({ "lutron-lip, META-INF/io/github/camellutron/lip/lutron-lip.json, ../docs/lip-endpoint.md",
                 "lutron-leap, META-INF/io/github/camellutron/leap/lutron-leap.json, ../docs/leap-endpoint.md" })
    void optionTablesMatchTheDescriptor(String scheme, String descriptor, String doc) throws IOException {
        JsonNode json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(descriptor)) {
            assertThat(in).as(descriptor).isNotNull();
            json = new ObjectMapper().readTree(in);
        }
        GeneratedSection.check(doc, START, END, render(scheme, json), ComponentDocsTest.class);
    }

    static String render(String scheme, JsonNode json) {
        StringBuilder md = new StringBuilder();
        md.append("\n### URI\n\n`").append(json.path("component").path("syntax").asText()).append("`\n\n");
        table(md, "Path parameters", rows(json.path("properties"), "path"));
        List<JsonNode> query = rows(json.path("properties"), "parameter");
        for (String group : List.of("common", "consumer", "producer", "security", "advanced")) {
            table(md, "Query parameters: " + group,
                    query.stream().filter(p -> group(p).equals(group)).toList());
        }
        table(md, "Component options (`camel.component." + scheme + ".*`)",
                rows(json.path("componentProperties"), "property"));
        md.append("### Headers\n\n| Header | Java type | Set on / used by | Description |\n|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> h : fields(json.path("headers"))) {
            JsonNode v = h.getValue();
            String label = v.path("label").asText();
            md.append("| `").append(h.getKey()).append("` | ").append(v.path("javaType").asText()).append(" | ")
                    .append(label.isEmpty() ? "consumer, producer" : label).append(" | ")
                    .append(cell(v.path("description").asText())).append(enums(v)).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String group(JsonNode p) {
        String label = p.path("label").asText();
        for (String g : List.of("security", "advanced", "consumer", "producer")) {
            if (label.contains(g)) {
                return g;
            }
        }
        return "common";
    }

    private static List<JsonNode> rows(JsonNode properties, String kind) {
        List<JsonNode> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : fields(properties)) {
            if (kind.equals(e.getValue().path("kind").asText())) {
                rows.add(((com.fasterxml.jackson.databind.node.ObjectNode) e.getValue().deepCopy())
                        .put("name", e.getKey()));
            }
        }
        return rows;
    }

    private static void table(StringBuilder md, String title, List<JsonNode> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n| Name | Type | Default | Description |\n|---|---|---|---|\n");
        for (JsonNode p : rows) {
            String type = p.path("javaType").asText().replaceFirst("^java\\.(lang|time)\\.", "");
            if (p.path("type").asText().equals("enum")) {
                type = "String";
            } else if (p.path("type").asText().equals("duration")) {
                type = "duration (ms, or 5s, 1m)";
            }
            md.append("| `").append(p.path("name").asText()).append('`')
                    .append(p.path("required").asBoolean() ? " (required)" : "")
                    .append(p.path("secret").asBoolean() ? " (secret)" : "")
                    .append(" | ").append(type)
                    .append(" | ").append(p.has("defaultValue") ? "`" + p.path("defaultValue").asText() + "`" : "")
                    .append(" | ").append(cell(p.path("description").asText())).append(enums(p)).append(" |\n");
        }
        md.append('\n');
    }

    private static String enums(JsonNode p) {
        if (!p.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        p.path("enum").forEach(v -> values.add("`" + v.asText() + "`"));
        return " One of: " + String.join(", ", values) + ".";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        node.fields().forEachRemaining(list::add);
        return list;
    }
}
