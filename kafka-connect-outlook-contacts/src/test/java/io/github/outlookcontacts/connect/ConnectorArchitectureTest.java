package io.github.outlookcontacts.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connectors run without Camel: no class of {@code io.github.outlookcontacts.connect} refers to
 * {@code org.apache.camel} or to the component's Camel glue ({@code io.github.outlookcontacts.camel}). Checked on
 * the compiled classes' constant pools, so fully qualified names in code count as well as imports.
 */
class ConnectorArchitectureTest {

    private static final Path CLASSES = Path.of("target/classes/io/github/outlookcontacts/connect");
    private static final List<String> FORBIDDEN = List.of("org/apache/camel", "io/github/outlookcontacts/camel/",
            "org.apache.camel", "io.github.outlookcontacts.camel.");

    @Test
    void connectorClassesReferToNothingOfCamel() throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(5);
        for (Path file : classes) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as(file.getFileName() + " refers to " + forbidden).doesNotContain(forbidden);
            }
        }
    }

    @Test
    void camelIsNotOnTheConnectorsRuntimeClassPath() {
        assertThat(getClass().getClassLoader().getResource("org/apache/camel/CamelContext.class"))
                .as("camel-outlook-contacts is used without its Camel dependencies").isNull();
    }
}
