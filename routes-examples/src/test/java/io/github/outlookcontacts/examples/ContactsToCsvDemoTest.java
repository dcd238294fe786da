package io.github.outlookcontacts.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the README's main job end to end (small seed): the CSV must mirror the emulator after both rounds, and the
 * incremental round must report exactly the changes made (the demo itself fails otherwise).
 */
class ContactsToCsvDemoTest {

    @TempDir
    Path dir;

    @Test
    void mirrorsTheMailboxIntoCsvAndPicksUpExactlyTheChanges() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        DemoOptions options = DemoOptions.parse(new String[] { "--csv", csv.toString(), "--seed", "300" }, Map.of());
        try (EmbeddedEmulator target = EmbeddedEmulator.start(options)) {
            new ContactsToCsvDemo(target, options).run();
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("id,folderId,displayName");
        assertThat(lines).hasSize(1 + 300 + 3 - 1); // header, seeded, created, deleted
        assertThat(String.join("\n", lines)).contains("Łukasiewicz", "王小明", "Head of Partnerships");
    }

    @Test
    void realTenantNeedsEveryCredential() {
        DemoOptions partial = DemoOptions.parse(new String[] { "--tenant", "contoso" }, Map.of());
        assertThatThrownBy(partial::realTenant).hasMessageContaining("--client-secret");
        assertThat(DemoOptions.parse(new String[0], Map.of()).realTenant()).isFalse();
    }
}
