package io.github.outlookcontacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator and the component share no code in either direction, so a misunderstanding of Graph in one cannot
 * hide the same misunderstanding in the other (the layering inside the component is CoreLayeringTest's job).
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void emulatorImportsNothingFromTheComponent() throws IOException {
        List<String> imports = importsOf(Path.of("../outlook-contacts-emulator/src/main/java"));
        assertThat(imports).isNotEmpty();
        assertThat(imports).filteredOn(i -> i.startsWith("io.github.outlookcontacts."))
                .allMatch(i -> i.startsWith("io.github.outlookcontacts.emulator."));
    }

    @Test
    void componentMainCodeNeverDependsOnTheEmulator() throws IOException {
        assertThat(importsOf(Path.of("src/main/java"))).noneMatch(i -> i.startsWith("io.github.outlookcontacts.emulator"));
    }

    private static List<String> importsOf(Path dir) throws IOException {
        List<String> imports = new ArrayList<>();
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
