package io.github.outlookcontacts.camel;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A durable {@link StateRepository} that survives a JVM kill: every {@code setState} appends one checksummed record
 * to a journal and forces it to disk; a torn last record (the process died mid-write) is detected by its checksum and
 * dropped on load. When the journal grows past twice the live data it is compacted into a new file that replaces the
 * old one with an atomic rename. Use it as {@code stateRepository=#myRepo}.
 */
@Metadata(label = "bean", description = "Durable, crash-safe state repository for the outlook-contacts sync cursor.",
          annotations = { "interfaceName=org.apache.camel.spi.StateRepository" })
@ManagedResource(description = "Durable, crash-safe file state repository")
public class AtomicFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final int MAGIC = 0x4F435331; // "OCS1"

    private Path file;
    private final Map<String, String> state = new LinkedHashMap<>();
    private FileChannel journal;
    private long liveBytes;
    private long journalBytes;

    public AtomicFileStateRepository() {
    }

    public AtomicFileStateRepository(Path file) {
        this.file = file;
    }

    public Path getFile() {
        return file;
    }

    /** The journal file; its directory is created when missing. */
    public void setFile(Path file) {
        this.file = file;
    }

    /** Convenience for bean configuration in YAML or properties. */
    public void setFileName(String fileName) {
        this.file = Path.of(fileName);
    }

    @Override
    public synchronized String getState(String key) {
        return state.get(key);
    }

    @Override
    public synchronized void setState(String key, String value) {
        if (journal == null) {
            throw new IllegalStateException("AtomicFileStateRepository " + file + " is not started");
        }
        String previous = value == null || value.isEmpty() ? state.remove(key) : state.put(key, value);
        liveBytes += sizeOf(key, value) - (previous == null ? 0 : sizeOf(key, previous));
        try {
            ByteBuffer record = ByteBuffer.wrap(record(key, value == null ? "" : value));
            while (record.hasRemaining()) {
                journal.write(record);
            }
            journal.force(false);
            journalBytes += record.capacity();
            if (journalBytes > 1 << 20 && journalBytes > 2 * liveBytes) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state journal " + file, e);
        }
    }

    @Override
    protected synchronized void doStart() throws Exception {
        if (file == null) {
            throw new IllegalArgumentException("AtomicFileStateRepository needs a file");
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        state.clear();
        long good = Files.exists(file) ? load() : 0;
        journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        journal.truncate(good); // drop a torn tail
        journal.position(good);
        journalBytes = good;
        liveBytes = state.entrySet().stream().mapToLong(e -> sizeOf(e.getKey(), e.getValue())).sum();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    /** Reads every intact record; answers the offset after the last one. */
    private long load() throws IOException {
        long good = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            while (true) {
                try {
                    if (in.readInt() != MAGIC) {
                        break;
                    }
                    byte[] key = new byte[in.readInt()];
                    in.readFully(key);
                    byte[] value = new byte[in.readInt()];
                    in.readFully(value);
                    long crc = in.readLong();
                    if (crc != crc(key, value)) {
                        break;
                    }
                    String k = new String(key, StandardCharsets.UTF_8);
                    if (value.length == 0) {
                        state.remove(k);
                    } else {
                        state.put(k, new String(value, StandardCharsets.UTF_8));
                    }
                    good += 4 + 4 + key.length + 4 + value.length + 8;
                } catch (EOFException | NegativeArraySizeException | OutOfMemoryError torn) {
                    break;
                }
            }
        }
        return good;
    }

    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".compact");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Map.Entry<String, String> e : state.entrySet()) {
                ByteBuffer record = ByteBuffer.wrap(record(e.getKey(), e.getValue()));
                while (record.hasRemaining()) {
                    out.write(record);
                }
            }
            out.force(true);
        }
        journal.close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        journal = FileChannel.open(file, StandardOpenOption.WRITE);
        journalBytes = journal.size();
        journal.position(journalBytes);
    }

    private static byte[] record(String key, String value) throws IOException {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(k.length + v.length + 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(k.length);
        out.write(k);
        out.writeInt(v.length);
        out.write(v);
        out.writeLong(crc(k, v));
        return bytes.toByteArray();
    }

    private static long crc(byte[] key, byte[] value) {
        CRC32 crc = new CRC32();
        crc.update(key);
        crc.update(value);
        return crc.getValue();
    }

    private static long sizeOf(String key, String value) {
        return value == null ? 0 : 20L + key.length() + value.length();
    }

    @Override
    public String toString() {
        return "AtomicFileStateRepository[" + file + "]";
    }
}
