package io.github.outlookcontacts.camel.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is optional: the reusable packages know neither it nor Camel, and in the glue only the classes that
 * {@link OutlookContactsMetrics} loads after checking for it import it.
 */
class MetricsLayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/outlookcontacts");

    @Test
    void reusablePackagesImportNeitherCamelNorMicrometer() throws IOException {
        for (String pkg : List.of("sync", "graph", "transport", "auth", "model")) {
            for (Path source : sources(SOURCES.resolve(pkg))) {
                assertThat(Files.readAllLines(source)).as(source.toString())
                        .noneMatch(l -> l.startsWith("import org.apache.camel") || l.startsWith("import io.micrometer"));
            }
        }
    }

    @Test
    void onlyTheMicrometerAdaptersImportMicrometer() throws IOException {
        for (Path source : sources(SOURCES)) {
            boolean adapter = source.getParent().endsWith("camel/metrics")
                              && source.getFileName().toString().startsWith("Micrometer");
            if (!adapter) {
                assertThat(Files.readAllLines(source)).as(source.toString())
                        .noneMatch(l -> l.startsWith("import io.micrometer"));
            }
        }
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).as(dir.toString()).isNotEmpty();
            return sources;
        }
    }
}
