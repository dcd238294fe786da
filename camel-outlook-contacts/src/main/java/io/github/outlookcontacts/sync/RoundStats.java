package io.github.outlookcontacts.sync;

/**
 * Counts of one round of one folder, for the INFO summary; a round may span several polls.
 */
final class RoundStats {

    private final long startNanos = System.nanoTime();
    private final String kind;
    private int pages;
    private int created;
    private int updated;
    private int deleted;

    RoundStats(String kind) {
        this.kind = kind;
    }

    void page() {
        pages++;
    }

    void count(ChangeType type) {
        switch (type) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case DELETED -> deleted++;
        }
    }

    String kind() {
        return kind;
    }

    int pages() {
        return pages;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int deleted() {
        return deleted;
    }

    boolean hasChanges() {
        return created + updated + deleted > 0;
    }

    long millis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
