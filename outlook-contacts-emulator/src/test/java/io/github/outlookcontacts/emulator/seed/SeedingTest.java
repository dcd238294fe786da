package io.github.outlookcontacts.emulator.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedingTest {

    @Test
    void generatorIsDeterministicAndVaried() {
        List<String> a = new java.util.ArrayList<>();
        List<String> b = new java.util.ArrayList<>();
        ContactGenerator g1 = new ContactGenerator(5);
        ContactGenerator g2 = new ContactGenerator(5);
        for (int i = 0; i < 200; i++) {
            a.add(g1.next().toString());
            b.add(g2.next().toString());
        }
        assertThat(a).isEqualTo(b);
        assertThat(a).doesNotHaveDuplicates();
        String all = String.join("\n", a);
        assertThat(all).contains("ü").contains("é").contains("ł").contains("王").contains("Иванов".substring(0, 2));
        assertThat(new ContactGenerator(6).next().toString()).isNotEqualTo(a.get(0));
    }

    @Test
    void displayNamesKeepTheSpaceBetweenNamesExceptInChinese() {
        ContactGenerator generator = new ContactGenerator(3);
        int cyrillic = 0;
        int chinese = 0;
        for (int i = 0; i < 300; i++) {
            com.fasterxml.jackson.databind.node.ObjectNode c = generator.next();
            String given = c.get("givenName").asText();
            String surname = c.get("surname").asText();
            String displayName = c.get("displayName").asText();
            if (given.codePointAt(0) >= 0x4E00) {
                chinese++;
                assertThat(displayName).isEqualTo(surname + given);
            } else {
                cyrillic += Character.UnicodeScript.of(given.codePointAt(0)) == Character.UnicodeScript.CYRILLIC ? 1 : 0;
                assertThat(displayName).isEqualTo(given + " " + surname);
            }
        }
        assertThat(cyrillic).isPositive();
        assertThat(chinese).isPositive();
    }

    @Test
    void generatedContactsPassValidationAndSeedCreatesFolders() {
        ContactStore store = new ContactStore();
        List<ContactEntry> seeded = store.seed("u@x.test", "Clients/Europe", 300, 9);
        assertThat(seeded).hasSize(300);
        String folder = store.folderIdByPath("u@x.test", "clients/EUROPE");
        assertThat(store.contactCount("u@x.test", folder)).isEqualTo(300);
        ContactStore again = new ContactStore();
        again.seed("u@x.test", "Clients/Europe", 300, 9);
        assertThat(again.contacts("u@x.test", again.folderIdByPath("u@x.test", "Clients/Europe")))
                .extracting(e -> new String(e.json(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(store.contacts("u@x.test", folder).stream()
                        .map(e -> new String(e.json(), StandardCharsets.UTF_8)).toList());
        assertThat(store.journal().size()).isEqualTo(300);
    }

    @Test
    void aNegativeCountIsRefusedBeforeAnythingIsCreated() {
        ContactStore store = new ContactStore();
        assertThatThrownBy(() -> store.seed("u@x.test", "Clients", -5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seed count must be 0 or more, was -5");
        assertThatThrownBy(() -> store.bulkGenerate("u@x.test", "Clients", -1, 1))
                .hasMessage("seed count must be 0 or more, was -1");
        assertThat(store.journal().size()).isZero();
    }

    @Test
    void bulkGenerateFillsLargeFoldersInMemory() {
        ContactStore store = new ContactStore();
        String folder = store.bulkGenerate("big@x.test", "Bulk", 20_000, 1);
        assertThat(store.contactCount("big@x.test", folder)).isEqualTo(20_000);
        ContactEntry any = store.contacts("big@x.test", folder).iterator().next();
        assertThat(Json.object(any.json()).get("displayName").asText()).isNotBlank();
    }

    @Test
    void bulkGenerationIsDeterministicJournaledAndKeepsIdsInCreationOrder() {
        ContactStore a = new ContactStore();
        ContactStore b = new ContactStore();
        String fa = a.bulkGenerate("big@x.test", "Bulk", 2_000, 77);
        String fb = b.bulkGenerate("big@x.test", "Bulk", 2_000, 77);
        List<ContactEntry> ea = List.copyOf(a.contacts("big@x.test", fa));
        List<ContactEntry> eb = List.copyOf(b.contacts("big@x.test", fb));
        assertThat(ea).extracting(ContactEntry::id).containsExactlyElementsOf(eb.stream().map(ContactEntry::id)
                .toList()).doesNotHaveDuplicates();
        for (int i = 0; i < ea.size(); i++) {
            assertThat(ea.get(i).json()).isEqualTo(eb.get(i).json());
        }
        assertThat(ea).extracting(ContactEntry::seq).isSorted();
        assertThat(a.journal().size()).isEqualTo(2_000);
        assertThat(a.journal().entries()).allSatisfy(j -> assertThat(j.folderId()).isEqualTo(fa));
        assertThat(new ContactStore().bulkGenerate("big@x.test", "Bulk", 1, 78)).isEqualTo(fa);
    }

    @Test
    void badSeedFilesNameTheProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"mailboxes\":[{\"user\":\"me@emulator.local\",\"folders\":[{\"path\":\"X\","
                + "\"contacts\":[{\"givenName\":\"ok\"},{\"nickname\":\"typo\"}]}]}]}");
        assertThatThrownBy(() -> new ContactStore().loadSeed(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("folder 'X', contact #2").hasMessageContaining("'nickname'");
        Files.writeString(file, "{\"mailboxes\":[{\"folders\":[]}]}");
        assertThatThrownBy(() -> new ContactStore().loadSeed(file)).hasMessageContaining("'user'");
    }

    @Test
    void loadsJsonSeedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, "{\"mailboxes\":[{\"user\":\"me@emulator.local\",\"folders\":["
                + "{\"path\":\"Clients/Europe\",\"contacts\":[{\"givenName\":\"Zoé\",\"surname\":\"Lefèvre\","
                + "\"emailAddresses\":[{\"address\":\"zoe@exemple.fr\"}]}],\"generate\":10},"
                + "{\"path\":\"\",\"generate\":3}]},{\"user\":\"other@emulator.local\",\"folders\":[{\"path\":\"X\"}]}]}");
        ContactStore store = new ContactStore();
        store.loadSeed(file);
        String europe = store.folderIdByPath("me@emulator.local", "Clients/Europe");
        assertThat(store.contactCount("me@emulator.local", europe)).isEqualTo(11);
        assertThat(store.contactCount("me@emulator.local", store.defaultFolderId("me@emulator.local"))).isEqualTo(3);
        assertThat(store.folderIdByPath("other@emulator.local", "X")).isNotNull();
        assertThat(store.contacts("me@emulator.local", europe)).anyMatch(e -> new String(e.json(),
                StandardCharsets.UTF_8).contains("Zoé"));
    }

    @Test
    void seedFileGroupsHoldUsersNestedGroupsAndDevices(@TempDir Path dir) throws Exception {
        String sales = "6f0e2b1c-1111-4c3e-9d55-000000000001";
        String europe = "6f0e2b1c-2222-4c3e-9d55-000000000002";
        Path file = dir.resolve("seed.json");
        Files.writeString(file, "{\"mailboxes\":[],\"groups\":["
                + "{\"id\":\"" + sales + "\",\"members\":[\"sam@contoso.com\"],\"groups\":[\"" + europe + "\"],"
                + "\"devices\":[\"6f0e2b1c-3333-4c3e-9d55-000000000003\"]},"
                + "{\"id\":\"" + europe + "\",\"members\":[\"eve@contoso.com\"]}]}");
        ContactStore store = new ContactStore();
        store.loadSeed(file);
        assertThat(store.groups().direct(sales)).extracting(m -> m.odataType()).containsExactly(
                "#microsoft.graph.user", "#microsoft.graph.group", "#microsoft.graph.device");
        assertThat(store.groups().transitive(sales)).extracting(m -> m.userPrincipalName())
                .contains("sam@contoso.com", "eve@contoso.com");
        assertThat(store.findMailbox("eve@contoso.com")).isPresent();

        Files.writeString(file, "{\"mailboxes\":[],\"groups\":[{\"id\":\"sales\"}]}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ContactStore().loadSeed(file))
                .hasMessageContaining("group 'sales'").hasMessageContaining("Invalid object identifier");
    }
}
