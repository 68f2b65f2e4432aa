package io.github.camellutron.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route test docs/simulator.md shows is {@link KitchenRouteTest}, which runs with the others: the example a user
 * copies compiles, with its imports, and passes.
 */
class SimulatorDocExampleTest {

    @Test
    void theDocsExampleIsKitchenRouteTest() throws IOException {
        String doc = Files.readString(Path.of("../docs/simulator.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/test/java/io/github/camellutron/docs/KitchenRouteTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("import "));
        assertThat(doc).as("docs/simulator.md shows KitchenRouteTest as it is, from its imports on")
                .contains("```java\n" + example + "```");
    }
}
