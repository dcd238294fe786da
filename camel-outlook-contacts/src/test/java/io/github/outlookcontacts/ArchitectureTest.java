package io.github.outlookcontacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the dependency direction of the architecture: camel → sync → graph → transport → auth, model usable by all,
 * and nothing but the Camel glue imports Camel (a Kafka Connect connector will reuse the rest).
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/github/outlookcontacts");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} may not import {1}")
    @CsvSource({
            "sync, org.apache.camel.",
            "graph, org.apache.camel.",
            "transport, org.apache.camel.",
            "auth, org.apache.camel.",
            "model, org.apache.camel.",
            "sync, io.github.outlookcontacts.camel.",
            "graph, io.github.outlookcontacts.camel.",
            "graph, io.github.outlookcontacts.sync.",
            "transport, io.github.outlookcontacts.camel.",
            "transport, io.github.outlookcontacts.sync.",
            "transport, io.github.outlookcontacts.graph.",
            "auth, io.github.outlookcontacts.camel.",
            "auth, io.github.outlookcontacts.sync.",
            "auth, io.github.outlookcontacts.graph.",
            "auth, io.github.outlookcontacts.transport.",
            "model, io.github.outlookcontacts.camel.",
            "model, io.github.outlookcontacts.sync.",
            "model, io.github.outlookcontacts.graph.",
            "model, io.github.outlookcontacts.transport.",
            "model, io.github.outlookcontacts.auth.",
            "camel, io.github.outlookcontacts.emulator.",
            "sync, io.github.outlookcontacts.emulator.",
            "graph, io.github.outlookcontacts.emulator.",
    })
    void packageDoesNotImport(String pkg, String forbidden) throws IOException {
        assertThat(importsOf(MAIN.resolve(pkg))).noneMatch(i -> i.startsWith(forbidden));
    }

    @Test
    void emulatorSharesNoCodeWithTheComponent() throws IOException {
        Path emulator = Path.of("../outlook-contacts-emulator/src/main/java");
        List<String> imports = importsOf(emulator);
        assertThat(imports).isNotEmpty();
        assertThat(imports).filteredOn(i -> i.startsWith("io.github.outlookcontacts."))
                .allMatch(i -> i.startsWith("io.github.outlookcontacts.emulator."));
    }

    private static List<String> importsOf(Path dir) throws IOException {
        List<String> imports = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return imports;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    imports.add(m.group(1));
                }
            }
        }
        return imports;
    }
}
