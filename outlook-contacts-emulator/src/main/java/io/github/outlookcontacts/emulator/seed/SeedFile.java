package io.github.outlookcontacts.emulator.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.DirectoryGroups;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a seed file into a store. Format (comments for illustration only):
 *
 * <pre>
 * {"seed": 42,                                  // optional generator seed (default 1)
 *  "mailboxes": [
 *   {"user": "me@emulator.local",               // UPN; the mailbox and its "Contacts" folder are created
 *    "photo": "base64 JPEG/PNG",                 // optional user photo
 *    "folders": [
 *     {"path": "Clients/Europe",                 // display names below "Contacts", created as needed; "" = Contacts
 *      "contacts": [ {graph contact json}, ...], // optional, validated like POST bodies (400 rules apply)
 *      "generate": 100}]}],                      // optional number of generated contacts (deterministic per seed)
 *  "groups": [                                   // optional Entra groups, for /groups/{id}/members
 *   {"id": "6f0e...-...",                        // a GUID
 *    "members": ["me@emulator.local"],           // users (UPNs; their mailboxes are created)
 *    "groups": ["a1b2...-..."],                  // optional nested groups (listed in "groups" too)
 *    "devices": ["c3d4...-..."]}]}               // optional devices (members a mailbox sync skips)
 * </pre>
 *
 * Every change is journaled like any other write, so a consumer test can compare what it received with
 * {@link ContactStore#journal()}.
 */
public final class SeedFile {

    private SeedFile() {
    }

    public static void load(ContactStore store, Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String problem = e.getOriginalMessage();
            int marker = problem.indexOf(" (start marker at"); // Jackson's own location detail: ours is enough
            throw new IllegalArgumentException("seed file " + file + " is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + (marker < 0 ? problem : problem.substring(0, marker)), e);
        }
        load(store, root);
    }

    /** Loads an already parsed seed document; bad input fails with a message naming the field. */
    public static void load(ContactStore store, JsonNode root) {
        if (!root.path("mailboxes").isArray()) {
            throw new IllegalArgumentException("seed file: 'mailboxes' must be an array");
        }
        long seed = root.path("seed").asLong(1);
        int index = 0;
        for (JsonNode mailbox : root.path("mailboxes")) {
            String user = text(mailbox, "user");
            if (mailbox.hasNonNull("photo")) {
                store.setUserPhoto(user, java.util.Base64.getDecoder().decode(mailbox.get("photo").asText()),
                        "image/jpeg");
            }
            for (JsonNode folder : mailbox.path("folders")) {
                String folderId = store.ensureFolderPath(user, folder.path("path").asText(""));
                int n = 0;
                for (JsonNode contact : folder.path("contacts")) {
                    String where = "seed file: mailbox '" + user + "', folder '" + folder.path("path").asText("")
                            + "', contact #" + ++n;
                    if (!(contact instanceof ObjectNode obj)) {
                        throw new IllegalArgumentException(where + " must be a JSON object");
                    }
                    try {
                        store.createContact(user, folderId, obj);
                    } catch (StoreException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                    }
                }
                int generate = folder.path("generate").asInt(0);
                if (generate > 0) {
                    store.bulkGenerate(user, folder.path("path").asText(""), generate, seed + index++);
                }
            }
        }
        loadGroups(store, root.path("groups"));
    }

    /** Every group first, then the members, so a nested group may be listed after its parent. */
    private static void loadGroups(ContactStore store, JsonNode groups) {
        for (JsonNode group : groups) {
            try {
                store.groups().create(group.path("id").asText(null));
            } catch (StoreException e) {
                throw new IllegalArgumentException("seed file: group '" + group.path("id").asText("") + "': "
                        + e.getMessage(), e);
            }
        }
        for (JsonNode group : groups) {
            String id = group.get("id").asText();
            group.path("members").forEach(user -> store.addGroupMember(id, user.asText()));
            group.path("groups").forEach(child -> store.groups().add(id, new DirectoryGroups.Member(
                    DirectoryGroups.Member.GROUP, child.asText(), null)));
            group.path("devices").forEach(device -> store.groups().add(id, new DirectoryGroups.Member(
                    "#microsoft.graph.device", device.asText(), null)));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("seed file: mailbox needs a non-empty '" + field + "'");
        }
        return v.asText();
    }
}
