package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The recorded LEAP responses a simulated bridge replays, read once from the classpath under
 * {@code io/github/camellutron/simulator/leap/<system>/} (LEAP.md 6, NOTICE.md next to them). Each file is one whole
 * message as a bridge sent it; callers get a deep copy to add their ClientTag to.
 */
final class LeapFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ROOT = "/io/github/camellutron/simulator/leap/";

    private final String directory;
    /** The recordings this system may read from the classpath; null for all of its directory. */
    private final Set<String> recorded;
    private final Map<String, Optional<ObjectNode>> cache = new HashMap<>();

    private LeapFixtures(String directory, Set<String> recorded) {
        this.directory = directory;
        this.recorded = recorded;
    }

    /** The fixtures of a Caseta Smart Bridge. */
    static LeapFixtures caseta() {
        return new LeapFixtures("caseta", null);
    }

    /** The fixtures of a RadioRA 3 processor. */
    static LeapFixtures ra3() {
        return new LeapFixtures("ra3", null);
    }

    /**
     * A RadioRA 3 processor playing a made-up house ({@link LeapLargeHouse}): its files, plus the recorded project,
     * processor and {@code /device} answers, which do not depend on the house. No other recording shows through, so
     * the recorded areas and devices are not part of it.
     */
    static LeapFixtures ra3(Map<String, ObjectNode> house) {
        LeapFixtures fixtures = new LeapFixtures("ra3", Set.of("project.json", "processor.json", "devices.json"));
        house.forEach((path, message) -> fixtures.cache.put(path, Optional.of(message)));
        return fixtures;
    }

    /**
     * A copy of a recorded message, by its path in the system's directory ({@code "area/83/associatedzone.json"}).
     *
     * @throws IllegalStateException when the fixture is missing
     */
    ObjectNode message(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException(
                "LEAP fixture " + directory + "/" + path + " is not on the classpath"));
    }

    /** A copy of a recorded message, or empty when the system has no such recording. */
    synchronized Optional<ObjectNode> find(String path) {
        return cache.computeIfAbsent(path, this::load).map(ObjectNode::deepCopy);
    }

    /** The array a recorded list response carries, such as {@code Body.Devices}, or an empty array. */
    JsonNode list(String path, String field) {
        return message(path).path("Body").path(field);
    }

    private Optional<ObjectNode> load(String path) {
        if (recorded != null && !recorded.contains(path)) {
            return Optional.empty();
        }
        String resource = ROOT + directory + "/" + path;
        try (InputStream in = LeapFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode tree = MAPPER.readTree(in);
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalStateException("LEAP fixture " + resource + " is not a JSON object");
            }
            return Optional.of(object);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the LEAP fixture " + resource, e);
        }
    }
}
