package io.github.outlookcontacts.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.outlookcontacts.emulator.store.ChangeType;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.JournalEntry;

/**
 * What a sink's changes add up to, set against the emulator: the folder view they give when applied in order, how
 * many were delivered more than once, and which changes of the emulator's journal they never reflected.
 */
final class Ledger {

    private final List<SinkLine> lines;

    Ledger(List<SinkLine> lines) {
        this.lines = List.copyOf(lines);
    }

    int size() {
        return lines.size();
    }

    /** The sink applied in order: contact id → latest changeKey. */
    Map<String, String> view() {
        Map<String, String> view = new TreeMap<>();
        for (SinkLine line : lines) {
            if (line.isDelete()) {
                view.remove(line.id());
            } else {
                view.put(line.id(), line.changeKey());
            }
        }
        return view;
    }

    /** The emulator's synced folders: contact id → changeKey. */
    static Map<String, String> storeView(ContactStore store, String user, Set<String> folderIds) {
        Map<String, String> view = new TreeMap<>();
        for (String folderId : folderIds) {
            for (ContactEntry entry : store.contacts(user, folderId)) {
                view.put(entry.id(), entry.changeKey());
            }
        }
        return view;
    }

    /**
     * Changes delivered again: the same contact version (a delete counts as the version it removed) seen before.
     */
    int redelivered() {
        Set<String> seen = new HashSet<>();
        Map<String, String> lastKey = new HashMap<>();
        int again = 0;
        for (SinkLine line : lines) {
            String key = line.isDelete() ? "deleted:" + line.id() + ":" + lastKey.get(line.id())
                    : line.id() + ":" + line.changeKey();
            if (!seen.add(key)) {
                again++;
            }
            if (!line.isDelete()) {
                lastKey.put(line.id(), line.changeKey());
            }
        }
        return again;
    }

    /**
     * The journal's changes to the synced folders that the sink does not reflect. A change that put a contact in
     * the synced folders is reflected by a delivery of that version or a later one, or (when the contact left them
     * again before anyone could read it) by that later removal; a removal is reflected when the sink does not end
     * that contact on a version older than the removal. Returns a description of each miss.
     */
    List<String> journalMisses(List<JournalEntry> journal, String user, Set<String> folderIds) {
        Map<String, Long> seqOfChangeKey = new HashMap<>();
        Map<String, List<JournalEntry>> byContact = new LinkedHashMap<>();
        for (JournalEntry e : journal) {
            if (user.equalsIgnoreCase(e.mailbox())) {
                seqOfChangeKey.put(e.changeKey(), e.seq());
                byContact.computeIfAbsent(e.contactId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<Long>> delivered = new HashMap<>(); // per contact: seq of each line, -1 for a delete
        for (SinkLine line : lines) {
            long seq = line.isDelete() ? -1 : seqOfChangeKey.getOrDefault(line.changeKey(), Long.MIN_VALUE);
            delivered.computeIfAbsent(line.id(), k -> new ArrayList<>()).add(seq);
        }
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<JournalEntry>> contact : byContact.entrySet()) {
            List<Long> seqs = delivered.getOrDefault(contact.getKey(), List.of());
            if (seqs.contains(Long.MIN_VALUE)) {
                misses.add(contact.getKey() + ": delivered a changeKey the emulator never issued");
            }
            List<JournalEntry> changes = contact.getValue();
            for (int i = 0; i < changes.size(); i++) {
                JournalEntry e = changes.get(i);
                if (addsToSynced(e, folderIds)) {
                    boolean leftLater = changes.subList(i + 1, changes.size()).stream()
                            .anyMatch(later -> removesFromSynced(later, folderIds));
                    if (!leftLater && seqs.stream().noneMatch(s -> s >= e.seq())) {
                        misses.add(e + ": never delivered at this version or later; "
                                   + history(changes, seqOfChangeKey));
                    }
                } else if (removesFromSynced(e, folderIds) && endsStale(seqs, e.seq())) {
                    misses.add(e + ": the sink still holds a version from before this removal; "
                               + history(changes, seqOfChangeKey));
                }
            }
        }
        return misses;
    }

    /** One contact's journal and sink lines, with versions as journal sequence numbers. */
    private String history(List<JournalEntry> changes, Map<String, Long> seqOfChangeKey) {
        String id = changes.get(0).contactId();
        return "journal " + changes.stream().map(c -> c.type() + "@" + c.seq() + " in " + c.folderId()).toList()
               + ", sink " + lines.stream().filter(l -> l.id().equals(id))
                       .map(l -> l.type() + "@" + (l.isDelete() ? "-" : seqOfChangeKey.get(l.changeKey())) + " in "
                                 + l.folderId())
                       .toList();
    }

    /** True when the last delivery older than {@code removalSeq} is followed by no delete or newer version. */
    private static boolean endsStale(List<Long> seqs, long removalSeq) {
        int last = -1;
        for (int i = 0; i < seqs.size(); i++) {
            if (seqs.get(i) >= 0 && seqs.get(i) < removalSeq) {
                last = i;
            }
        }
        if (last < 0) {
            return false;
        }
        return seqs.subList(last + 1, seqs.size()).stream().noneMatch(s -> s == -1 || s > removalSeq);
    }

    private static boolean addsToSynced(JournalEntry e, Set<String> folderIds) {
        return e.type() != ChangeType.DELETED && folderIds.contains(e.folderId());
    }

    private static boolean removesFromSynced(JournalEntry e, Set<String> folderIds) {
        return e.type() == ChangeType.DELETED ? folderIds.contains(e.folderId())
                : e.type() == ChangeType.MOVED && folderIds.contains(e.fromFolderId())
                  && !folderIds.contains(e.folderId());
    }
}
