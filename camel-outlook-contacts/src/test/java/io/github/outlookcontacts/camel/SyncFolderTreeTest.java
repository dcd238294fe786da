package io.github.outlookcontacts.camel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.FolderInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** includeSubfolders=true: the whole tree below the folder, folders created, moved and deleted later. */
class SyncFolderTreeTest extends SyncEmulatorSupport {

    @Test
    void theTreeIsSyncedFolderByFolderAndFollowsItsChanges() throws Exception {
        String clients = folder("Clients");
        String europe = folder("Clients/Europe");
        String paris = folder("Clients/Europe/Paris");
        String other = folder("Other");
        ContactEntry c1 = create(clients, "c1");
        ContactEntry e1 = create(europe, "e1");
        ContactEntry e2 = create(europe, "e2");
        ContactEntry p1 = create(paris, "p1");
        create(other, "o1");
        startCamel(syncUri("folder=Clients&includeSubfolders=true&pageSize=2"));
        awaitTreeMatchesStore(clients);
        awaitQuiet();
        assertThat(events()).extracting(e -> e.type() + " " + e.id() + " " + e.folderId()).containsExactlyInAnyOrder(
                "created " + c1.id() + " " + clients, "created " + e1.id() + " " + europe,
                "created " + e2.id() + " " + europe, "created " + p1.id() + " " + paris);

        // A folder created later, a move inside the tree, a move out of it.
        int mark = events().size();
        FolderInfo asia = store.createFolder(USER, clients, "Asia");
        ContactEntry a1 = create(asia.id(), "a1");
        ContactEntry moved = store.moveContact(USER, e1.id(), paris);
        store.moveContact(USER, c1.id(), other);
        awaitTreeMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(e -> e.type() + " " + e.id() + " " + e.folderId())
                .containsExactlyInAnyOrder("created " + a1.id() + " " + asia.id(),
                        "updated " + e1.id() + " " + paris, "deleted " + c1.id() + " " + clients);
        assertThat(eventsSince(mark)).filteredOn(e -> e.id().equals(e1.id()))
                .singleElement().satisfies(e -> assertThat(e.changeKey()).isEqualTo(moved.changeKey()));

        // A deleted folder and a folder moved out of the tree: their contacts are gone for the route.
        mark = events().size();
        store.deleteFolder(USER, paris);
        store.updateFolder(USER, europe, null, other);
        awaitTreeMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(e -> e.type() + " " + e.id()).containsExactlyInAnyOrder(
                "deleted " + e1.id(), "deleted " + p1.id(), "deleted " + e2.id());

        // Moving the folder back brings its contacts back as created.
        mark = events().size();
        store.updateFolder(USER, europe, null, clients);
        awaitTreeMatchesStore(clients);
        awaitQuiet();
        assertThat(eventsSince(mark)).extracting(e -> e.type() + " " + e.id()).containsExactly(
                "created " + e2.id());
    }

    /** The route's view (by contact id, any folder) equals the contacts of the root and every folder below it. */
    private void awaitTreeMatchesStore(String root) {
        await(() -> routeView(null).equals(treeView(root)), java.time.Duration.ofSeconds(30),
                () -> "route " + routeView(null).keySet() + " vs tree " + treeView(root).keySet());
    }

    private Map<String, String> treeView(String root) {
        Map<String, String> view = new HashMap<>();
        Set<String> folders = new HashSet<>(List.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String f : List.copyOf(folders)) {
                for (FolderInfo child : store.childFolders(USER, f)) {
                    grew |= folders.add(child.id());
                }
            }
        }
        folders.forEach(f -> view.putAll(storeView(f)));
        return view;
    }
}
