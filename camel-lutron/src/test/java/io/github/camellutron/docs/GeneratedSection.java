package io.github.camellutron.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part of a doc page between two markers that a test generates from the code: the test asserts the page holds what
 * it generates, or, with {@code -Dlutron.docs.update=true}, writes it there.
 */
final class GeneratedSection {

    private GeneratedSection() {
    }

    /**
     * @param test the test class that generates it, named in the message of a page that is out of date
     */
    static void check(String doc, String startMarker, String endMarker, String generated, Class<?> test)
            throws IOException {
        Path file = Path.of(doc);
        String current = Files.readString(file, StandardCharsets.UTF_8);
        int start = current.indexOf(startMarker);
        int end = current.indexOf(endMarker);
        assertThat(start).as("%s has the %s marker", doc, startMarker).isNotNegative();
        assertThat(end).as("%s has the %s marker", doc, endMarker).isGreaterThan(start);
        String expected = current.substring(0, start + startMarker.length()) + "\n" + generated
                          + current.substring(end);
        if (Boolean.getBoolean("lutron.docs.update")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("%s is out of date: run ./mvnw -pl camel-lutron test -Dtest=%s"
                               + " -Dlutron.docs.update=true", doc, test.getSimpleName())
                .isEqualTo(expected);
    }
}
