package io.github.outlookcontacts.camel;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timing and heap of a first round over a large folder, in child JVMs of several heap sizes; not part of the normal
 * build. Run: {@code ./mvnw -B -pl camel-outlook-contacts -am test -Dbenchmark=true -Dtest=LargeFolderBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the {@code [large folder]} lines.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LargeFolderBenchmark {

    @TempDir
    Path dir;

    @Test
    void firstRoundOfAHundredThousandContacts() throws Exception {
        LargeFolderSmallHeapTest.runChild(1_000, "-Xmx64m", dir.resolve("baseline")); // Camel and the JVM alone
        for (String heap : new String[] { "-Xmx64m", "-Xmx48m", "-Xmx32m" }) {
            LargeFolderSmallHeapTest.runChild(100_000, heap, dir.resolve("run" + heap));
        }
    }
}
