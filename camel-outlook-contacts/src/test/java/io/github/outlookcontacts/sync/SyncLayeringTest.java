package io.github.outlookcontacts.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync engine is reusable outside Camel: no Camel import, and nothing from the Camel glue package. */
class SyncLayeringTest {

    @Test
    void syncImportsNeitherCamelNorTheGlue() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/outlookcontacts/sync"))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).hasSizeGreaterThan(10);
            for (Path source : sources) {
                assertThat(Files.readAllLines(source)).as(source.toString())
                        .noneMatch(l -> l.startsWith("import org.apache.camel")
                                        || l.startsWith("import io.github.outlookcontacts.camel"));
            }
        }
    }
}
