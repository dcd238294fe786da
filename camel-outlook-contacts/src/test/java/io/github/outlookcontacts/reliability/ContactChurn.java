package io.github.outlookcontacts.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.outlookcontacts.emulator.store.ContactStore;

/**
 * A stream of random creates, updates, deletes and moves applied straight to the emulator's store: moves go between
 * the synced folders, and into and out of them from a folder nobody syncs.
 */
final class ContactChurn {

    private final ContactStore store;
    private final String user;
    private final List<String> folders; // synced folders first, then the unsynced one
    private final Random random;
    private final List<String> live = new ArrayList<>();
    private final Map<String, String> folderOf = new HashMap<>();
    private long creates;
    private long updates;
    private long deletes;
    private long moves;

    ContactChurn(ContactStore store, String user, List<String> syncedFolderIds, String outsideFolderId, long seed) {
        this.store = store;
        this.user = user;
        this.folders = new ArrayList<>(syncedFolderIds);
        this.folders.add(outsideFolderId);
        this.random = new Random(seed);
    }

    /** Applies one random change. */
    synchronized void step() {
        int pick = live.size() < 20 ? 0 : random.nextInt(100);
        if (pick < 30) {
            create(folders.get(random.nextInt(folders.size())));
        } else if (pick < 65) {
            String id = live.get(random.nextInt(live.size()));
            store.updateContact(user, id, "{\"jobTitle\":\"t" + random.nextInt(1_000_000) + "\"}");
            updates++;
        } else if (pick < 80) {
            String id = live.remove(random.nextInt(live.size()));
            folderOf.remove(id);
            store.deleteContact(user, id);
            deletes++;
        } else {
            String id = live.get(random.nextInt(live.size()));
            List<String> targets = new ArrayList<>(folders);
            targets.remove(folderOf.get(id));
            String target = targets.get(random.nextInt(targets.size()));
            store.moveContact(user, id, target);
            folderOf.put(id, target);
            moves++;
        }
    }

    synchronized void create(String folderId) {
        long n = creates++;
        String id = store.createContact(user, folderId, "{\"givenName\":\"churn" + n + "\",\"surname\":\"Test\","
                                                        + "\"emailAddresses\":[{\"address\":\"churn" + n
                                                        + "@example.com\"}]}").id();
        live.add(id);
        folderOf.put(id, folderId);
    }

    synchronized long changes() {
        return creates + updates + deletes + moves;
    }

    synchronized String describe() {
        return creates + " creates, " + updates + " updates, " + deletes + " deletes, " + moves + " moves";
    }
}
