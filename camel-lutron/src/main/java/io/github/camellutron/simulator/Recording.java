package io.github.camellutron.simulator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What passed between a real bridge and a client, with its times: every line (LIP) or message (LEAP) the bridge sent
 * after login, and every command or request the client sent, so that a simulator can replay the bridge's side and
 * answer a client's requests with the answers the bridge gave. Stored as JSON lines: a first line naming the protocol,
 * the bridge and the start, then one line per entry, {@code {"t":<ms since start>,"from":"bridge"|"client",
 * "text":"..."}}.
 * <p>
 * A recording never holds a secret: the LIP login (user and password) happens before recording starts, and LEAP
 * fields that carry keys or passwords (such as a link's {@code NetworkMasterKey}) are written as {@code "(redacted)"}.
 */
public final class Recording {

    /** Which side sent an entry. */
    public enum Source {
        BRIDGE,
        CLIENT
    }

    /** One line or message, {@code offsetMillis} after the recording started. */
    public record Entry(long offsetMillis, Source from, String text) {

        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(text, "text");
            if (offsetMillis < 0) {
                throw new IllegalArgumentException("offset " + offsetMillis + " is negative");
            }
        }
    }

    static final String REDACTED = "(redacted)";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** LEAP field names whose values are secrets: any key ({@code NetworkMasterKey}), password, secret, token, CSR. */
    private static final Pattern SECRET = Pattern.compile(".*key|.*password.*|.*secret.*|.*token.*|csr");

    private final String protocol;
    private final String bridge;
    private final Instant started;
    private final List<Entry> entries;

    private Recording(String protocol, String bridge, Instant started, List<Entry> entries) {
        this.protocol = protocol;
        this.bridge = bridge;
        this.started = started;
        this.entries = List.copyOf(entries);
    }

    /** {@code lip} or {@code leap}. */
    public String protocol() {
        return protocol;
    }

    /** The bridge recorded, {@code host:port}. */
    public String bridge() {
        return bridge;
    }

    public Instant started() {
        return started;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a recording file. */
    public static Recording read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a recording.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static Recording read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = lines.readLine();
        JsonNode header = first == null ? null : tree(first, 1);
        if (header == null || !header.path("recording").isTextual()) {
            throw new IllegalArgumentException("Not a camel-lutron recording: the first line names no protocol");
        }
        String protocol = header.path("recording").asText();
        if (!protocol.equals("lip") && !protocol.equals("leap")) {
            throw new IllegalArgumentException("A recording of " + protocol + ": only lip and leap are known");
        }
        List<Entry> entries = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = tree(line, number);
            String from = entry.path("from").asText("");
            if (!entry.path("t").canConvertToLong() || !entry.path("text").isTextual()
                || !(from.equals("bridge") || from.equals("client"))) {
                throw new IllegalArgumentException("Line " + number + " of the recording is not an entry"
                                                   + " {\"t\":ms,\"from\":\"bridge\"|\"client\",\"text\":...}");
            }
            entries.add(new Entry(entry.path("t").asLong(), Source.valueOf(from.toUpperCase(Locale.ROOT)),
                    entry.path("text").asText()));
        }
        return new Recording(protocol, header.path("bridge").asText(null),
                header.hasNonNull("started") ? Instant.parse(header.path("started").asText()) : null, entries);
    }

    private static JsonNode tree(String line, int number) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Line " + number + " of the recording is not JSON: "
                                               + e.getOriginalMessage());
        }
    }

    /** Writes a recording as it happens, one flushed line per entry; thread-safe. */
    public static final class Writer implements Closeable {

        private final String protocol;
        private final BufferedWriter out;
        private final long startNanos = System.nanoTime();
        private int entries;

        /**
         * Starts a recording file, replacing one that exists.
         *
         * @param protocol {@code lip} or {@code leap}
         * @param bridge   the bridge recorded, {@code host:port}
         */
        public Writer(Path file, String protocol, String bridge) throws IOException {
            if (!protocol.equals("lip") && !protocol.equals("leap")) {
                throw new IllegalArgumentException("protocol is lip or leap, was " + protocol);
            }
            this.protocol = protocol;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            ObjectNode header = JSON.createObjectNode().put("recording", protocol).put("bridge", bridge)
                    .put("started", Instant.now().toString());
            line(header);
        }

        /** A line or message the bridge sent. */
        public void received(String text) {
            write(Source.BRIDGE, text);
        }

        /** A command or request the client sent. */
        public void sent(String text) {
            write(Source.CLIENT, text);
        }

        /** How many entries were written. */
        public synchronized int entries() {
            return entries;
        }

        private synchronized void write(Source from, String text) {
            long offset = (System.nanoTime() - startNanos) / 1_000_000;
            line(JSON.createObjectNode().put("t", offset).put("from", from.name().toLowerCase(Locale.ROOT))
                    .put("text", protocol.equals("leap") ? redacted(text) : text));
            entries++;
        }

        private void line(ObjectNode node) {
            try {
                out.write(node.toString());
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the recording", e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }

    /** The LEAP message with every secret field's value replaced; text that is not JSON stays as it is. */
    static String redacted(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
        return redact(tree) ? tree.toString() : json;
    }

    private static boolean redact(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> secrets = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode() && SECRET.matcher(field.getKey().toLowerCase(Locale.ROOT)).matches()) {
                    secrets.add(field.getKey());
                } else {
                    changed |= redact(field.getValue());
                }
            }
            secrets.forEach(name -> object.put(name, REDACTED));
            changed |= !secrets.isEmpty();
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                changed |= redact(element);
            }
        }
        return changed;
    }
}
