package io.github.outlookcontacts.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@code StateRepository<String,String>} that survives {@code kill -9} and power loss without corruption:
 * every {@link #setState} appends a checksummed record to {@code <file>.journal} and forces it to disk before
 * returning; when the journal outgrows the snapshot, the whole state is written to a temporary file, forced, and
 * renamed over {@code <file>} with an atomic move, then the journal is emptied. At start the snapshot is read and the
 * journal replayed; a record torn by a crash is dropped (it was never acknowledged) and cut off. A lock file keeps
 * two processes from sharing the files. Use it as a bean: {@code stateRepository=#syncState}.
 */
public class AtomicFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileStateRepository.class);
    private static final long MIN_COMPACTION_BYTES = 1024 * 1024;

    private final Object lock = new Object();
    private final Map<String, String> state = new HashMap<>();
    private Path file;
    private boolean sync = true;
    private FileChannel journal;
    private FileChannel lockChannel;
    private FileLock fileLock;
    private long snapshotBytes;
    private boolean broken;

    public AtomicFileStateRepository() {
    }

    public AtomicFileStateRepository(String file) {
        setFile(file);
    }

    public AtomicFileStateRepository(Path file) {
        this.file = file;
    }

    public String getFile() {
        return file == null ? null : file.toString();
    }

    /** The snapshot file; the journal and lock files are created next to it. */
    public void setFile(String file) {
        this.file = Paths.get(file);
    }

    public boolean isSync() {
        return sync;
    }

    /**
     * Whether each write is forced to disk before it returns (default true). Without it a process crash still loses
     * nothing, but a power loss may lose the latest writes.
     */
    public void setSync(boolean sync) {
        this.sync = sync;
    }

    @Override
    public String getState(String key) {
        synchronized (lock) {
            return state.get(key);
        }
    }

    @Override
    public void setState(String key, String value) {
        synchronized (lock) {
            if (journal == null) {
                throw new IllegalStateException("AtomicFileStateRepository " + file + " is not started");
            }
            if (broken) {
                throw new IllegalStateException("AtomicFileStateRepository " + file + " failed to write earlier;"
                                                + " restart it to recover from its files");
            }
            append(key, value == null ? "" : value);
            state.put(key, value == null ? "" : value);
            try {
                if (journal.size() > Math.max(MIN_COMPACTION_BYTES, snapshotBytes)) {
                    compact();
                }
            } catch (IOException e) {
                broken = true;
                throw new UncheckedIOException("Compacting state file " + file + " failed", e);
            }
        }
    }

    @Override
    protected void doStart() throws Exception {
        if (file == null) {
            throw new IllegalArgumentException("AtomicFileStateRepository needs a file");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        synchronized (lock) {
            lockFiles();
            state.clear();
            snapshotBytes = load(file, false);
            Path journalFile = journalFile();
            long intact = load(journalFile, true);
            journal = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (journal.size() > intact) {
                LOG.warn("State file {}: dropping {} bytes of an unfinished write at the end of the journal", file,
                        journal.size() - intact);
                journal.truncate(intact);
                journal.force(true);
            }
            if (intact == 0) {
                journal.write(StateFileFormat.header(), 0);
                journal.force(true);
            }
            journal.position(journal.size());
            broken = false;
            LOG.debug("State file {} loaded: {} keys", file, state.size());
        }
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (lock) {
            try {
                if (journal != null && !broken) {
                    compact();
                }
            } finally {
                closeQuietly();
            }
        }
    }

    private void append(String key, String value) {
        ByteBuffer record = StateFileFormat.record(key, value);
        long before;
        try {
            before = journal.position();
        } catch (IOException e) {
            broken = true;
            throw new UncheckedIOException("Writing state file " + file + ".journal failed", e);
        }
        try {
            while (record.hasRemaining()) {
                journal.write(record);
            }
            if (sync) {
                journal.force(false);
            }
        } catch (IOException e) {
            // Cut off the partial record so later writes do not land behind garbage.
            try {
                journal.truncate(before);
                journal.position(before);
            } catch (IOException again) {
                broken = true;
            }
            throw new UncheckedIOException("Writing state file " + file + ".journal failed", e);
        }
    }

    /** Snapshot first (atomic rename), journal emptied second: replaying a stale journal over it changes nothing. */
    private void compact() throws IOException {
        snapshotBytes = StateFileFormat.writeSnapshot(file, state);
        journal.truncate(StateFileFormat.HEADER_BYTES);
        journal.position(StateFileFormat.HEADER_BYTES);
        journal.force(true);
    }

    private long load(Path path, boolean tolerateTornTail) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(path)) {
            long intact = StateFileFormat.read(in, state, path);
            long size = Files.size(path);
            if (!tolerateTornTail && intact < size) {
                throw new IOException("State file " + path + " is damaged at byte " + intact + " of " + size
                                      + "; it is only ever replaced by an atomic rename, so it was changed by"
                                      + " something else");
            }
            return intact;
        }
    }

    private void lockFiles() throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            fileLock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            fileLock = null;
        }
        if (fileLock == null) {
            lockChannel.close();
            throw new IllegalStateException("State file " + file + " is in use by another repository or process");
        }
    }

    private void closeQuietly() {
        try {
            if (journal != null) {
                journal.close();
            }
            if (fileLock != null) {
                fileLock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing state file {} failed", file, e);
        } finally {
            journal = null;
            fileLock = null;
            lockChannel = null;
        }
    }

    private Path journalFile() {
        return file.resolveSibling(file.getFileName() + ".journal");
    }

    @Override
    public String toString() {
        return "AtomicFileStateRepository[" + file + "]";
    }
}
