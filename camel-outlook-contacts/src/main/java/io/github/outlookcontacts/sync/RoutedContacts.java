package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contacts of one folder that were handed to the route (created or updated) but that no commit made known yet:
 * their page was not committed when the batch was given up or the JVM died. When such a page is read again a contact
 * deleted meanwhile is no longer on it, so the known set never learns it, yet the route saw it: its {@code @removed}
 * must still reach the route as {@code deleted}, and so must its absence at the end of a round (a first or full
 * round read again from its start never reports removals), checked then in one batched lookup. An {@code @removed}
 * of an id neither known nor listed here was never routed and stays silent.
 * <p>
 * A folder tree adds the contacts that left a peer folder for this one (so the peer emitted nothing) before this
 * folder read them: the route knows them, so their removal here must reach it too, and their arrival is an update.
 * <p>
 * Kept under {@code {scope}routed} in the segment format (one {@code live} entry per id, its value 1 for a contact
 * that moved in, else 0), written before the batch that routes a new id (or that lets a moved contact leave a peer)
 * is handed out, so a kill at any later point finds it.
 * An id leaves the set at the commit that settles it (known, or removed); the store forgets it at the next write of
 * the set, and ids the committed known set knows are dropped on load, so a lagging store is harmless. Bounded in
 * practice: without failures every page is committed, so the set holds only the new ids of the pages outstanding
 * (at most a page size each) and is emptied at the end of each round; after a failure (or a move in a tree) it also
 * holds the ids of the given-up pages until they are met again (the page is read again from its committed cursor),
 * removed, or found gone by the check at a round's end.
 */
final class RoutedContacts {

    /** One id: moved in from a peer folder (else routed here), the step that last touched it (0: none), its fate. */
    private record Entry(boolean movedIn, int step, boolean deleteHandedOut) {
    }

    private final FolderState state;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** The ids the stored value lists. */
    private Set<String> stored = new HashSet<>();

    private RoutedContacts(FolderState state) {
        this.state = state;
    }

    /** The committed set; ids the committed known set knows are settled already. */
    static RoutedContacts load(FolderState state, KnownContacts committed) {
        RoutedContacts routed = new RoutedContacts(state);
        Segments.read(state.loadRouted(), new Segments.Visitor() {
            @Override
            public void live(String id, long changeKeyHash) {
                routed.stored.add(id);
                if (committed.changeKey(KnownContacts.idHash(id)) == KnownContacts.ABSENT) {
                    routed.entries.put(id, new Entry(changeKeyHash == 1, 0, false));
                }
            }

            @Override
            public void removed(String id) {
                // not written
            }

            @Override
            public void seen(long idHash) {
                // not written
            }
        });
        return routed;
    }

    /** Whether the route saw the contact in a batch no commit settled, and no delete of it was handed out since. */
    boolean pending(String id) {
        Entry entry = entries.get(id);
        return entry != null && !entry.deleteHandedOut();
    }

    /** Whether the contact moved in from a peer folder that the route saw it in, and this folder has not read it. */
    boolean movedIn(String id) {
        Entry entry = entries.get(id);
        return entry != null && entry.movedIn() && !entry.deleteHandedOut();
    }

    /** The contact left a peer folder for this one, which has not read it yet: persisted at once. */
    void arrives(String id) {
        if (pending(id)) {
            return;
        }
        entries.put(id, new Entry(true, 0, false));
        if (!stored.contains(id)) {
            write(entries);
        }
    }

    /** The pending ids {@code known} does not know: what a resync that did not meet them again must delete. */
    List<String> unmet(KnownContacts known) {
        List<String> unmet = new ArrayList<>();
        entries.forEach((id, entry) -> {
            if (!entry.deleteHandedOut() && known.changeKey(KnownContacts.idHash(id)) == KnownContacts.ABSENT) {
                unmet.add(id);
            }
        });
        return unmet;
    }

    /**
     * Step {@code step} is about to be handed out with {@code page}'s changes, classified against {@code known} (not
     * yet updated by the page): lists the ids it routes that are new to the folder, persisting them first if the
     * store does not list them yet, and records the removals of pending ids. Nothing changes if the write fails.
     */
    void handOut(int step, PageChanges page, KnownContacts known, boolean quiet) {
        Map<String, Entry> touched = new LinkedHashMap<>();
        page.entries(new Segments.Visitor() {
            @Override
            public void live(String id, long changeKeyHash) {
                if (!quiet && known.changeKey(KnownContacts.idHash(id)) == KnownContacts.ABSENT) {
                    touched.put(id, new Entry(false, step, false));
                }
            }

            @Override
            public void removed(String id) {
                Entry entry = removal(id, step);
                if (entry != null) {
                    touched.put(id, entry);
                }
            }

            @Override
            public void seen(long idHash) {
                // not fed by PageChanges.entries
            }
        });
        if (!stored.containsAll(touched.keySet())) {
            Map<String, Entry> next = new LinkedHashMap<>(entries);
            next.putAll(touched);
            write(next);
        }
        entries.putAll(touched);
    }

    /** Step {@code step} deletes these ids (a vanish pass); they are listed already, so nothing is written. */
    void handOutRemovals(int step, List<String> ids) {
        for (String id : ids) {
            Entry entry = removal(id, step);
            if (entry != null) {
                entries.put(id, entry);
            }
        }
    }

    /** The entry of a removal handed out in {@code step}, if the set or the store lists the id; else null. */
    private Entry removal(String id, int step) {
        Entry entry = entries.get(id);
        if (entry == null && !stored.contains(id)) {
            return null;
        }
        return new Entry(entry != null && entry.movedIn(), step, true);
    }

    /**
     * Step {@code step} was committed: the ids it (or an earlier step) settled leave the set. The store forgets them
     * lazily, except a removal: a removed id the store still listed would read as routed-but-unknown after a restart.
     */
    void committed(int step) {
        boolean removals = false;
        var it = entries.values().iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if (entry.step() > 0 && entry.step() <= step) {
                removals |= entry.deleteHandedOut();
                it.remove();
            }
        }
        if (removals) {
            write(entries);
        }
    }

    /** The folder's round was committed: the store forgets the ids settled since the last write. */
    void roundCommitted() {
        if (!stored.equals(entries.keySet())) {
            write(entries);
        }
    }

    private void write(Map<String, Entry> listed) {
        Segments.Builder text = new Segments.Builder();
        listed.forEach((id, entry) -> text.live(id, entry.movedIn() ? 1 : 0));
        state.writeRouted(text.build());
        stored = new HashSet<>(listed.keySet());
    }
}
