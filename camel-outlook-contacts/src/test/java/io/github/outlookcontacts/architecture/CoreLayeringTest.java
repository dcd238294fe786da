package io.github.outlookcontacts.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reusable packages stay free of Camel (a Kafka Connect connector reuses them) and dependencies run one way:
 * graph → transport → auth, model importing nothing of ours. Checked on the import lines of the sources.
 */
class CoreLayeringTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/outlookcontacts");

    @ParameterizedTest
    @CsvSource({
            "model,     org.apache.camel|io.github.outlookcontacts.",
            "transport, org.apache.camel|io.github.outlookcontacts.graph|io.github.outlookcontacts.sync|io.github.outlookcontacts.camel",
            "graph,     org.apache.camel|io.github.outlookcontacts.sync|io.github.outlookcontacts.camel",
            "notify,    org.apache.camel|io.github.outlookcontacts.camel",
    })
    void packageImportsNothingForbidden(String pkg, String forbidden) throws IOException {
        List<String> prefixes = List.of(forbidden.split("\\|"));
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(sources).isNotEmpty();
            for (Path source : sources) {
                for (String line : Files.readAllLines(source)) {
                    String trimmed = line.trim();
                    if (!trimmed.startsWith("import ")) {
                        continue;
                    }
                    String imported = trimmed.replaceFirst("^import\\s+(static\\s+)?", "");
                    boolean ownModel = pkg.equals("model") && imported.startsWith("io.github.outlookcontacts.model.");
                    for (String prefix : prefixes) {
                        assertThat(imported.startsWith(prefix) && !ownModel)
                                .as(source + " imports " + imported).isFalse();
                    }
                }
            }
        }
    }
}
