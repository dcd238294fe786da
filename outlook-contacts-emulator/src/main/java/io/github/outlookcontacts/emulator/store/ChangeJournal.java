package io.github.outlookcontacts.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Append-only record of every contact change, so tests can prove a consumer missed nothing. */
public final class ChangeJournal {

    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Consumer<JournalEntry>> listeners = new CopyOnWriteArrayList<>();

    void append(JournalEntry entry) {
        synchronized (this) {
            entries.add(entry);
        }
        listeners.forEach(listener -> listener.accept(entry));
    }

    /** Calls {@code listener} with every entry appended from now on (change notifications listen here). */
    public void listen(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    /** A copy of all entries in sequence order. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Entries with a sequence number greater than {@code seq}. */
    public synchronized List<JournalEntry> since(long seq) {
        return entries.stream().filter(e -> e.seq() > seq).toList();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Highest recorded sequence number, 0 when empty. */
    public synchronized long lastSeq() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
    }
}
