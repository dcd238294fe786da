package io.github.outlookcontacts.camel;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The bytes of {@link AtomicFileStateRepository}'s files. Both the snapshot and the journal are a 4-byte magic
 * followed by records {@code [key length][value length][key UTF-8][value UTF-8][CRC32 of the four previous parts]},
 * so a record torn by a crash is recognised and dropped instead of being read as data.
 */
final class StateFileFormat {

    static final int MAGIC = 0x4F435331; // "OCS1"
    static final int HEADER_BYTES = 4;
    private static final int MAX_FIELD = 256 * 1024 * 1024;

    private StateFileFormat() {
    }

    /** One record as bytes. */
    static ByteBuffer record(String key, String value) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(12 + k.length + v.length);
        buffer.putInt(k.length).putInt(v.length).put(k).put(v);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, 8 + k.length + v.length);
        buffer.putInt((int) crc.getValue());
        return buffer.flip();
    }

    static ByteBuffer header() {
        return ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).flip();
    }

    /**
     * Reads records into {@code into} until the end or the first damaged record.
     *
     * @return the number of bytes of intact data (header included), i.e. where a torn tail starts
     */
    static long read(InputStream in, Map<String, String> into, Path file) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int magic;
        try {
            magic = data.readInt();
        } catch (EOFException e) {
            return 0; // empty, or torn before the header was complete
        }
        if (magic != MAGIC) {
            throw new IOException(file + " is not a state file of this repository (unknown header)");
        }
        long good = HEADER_BYTES;
        while (true) {
            try {
                int keyLength = data.readInt();
                int valueLength = data.readInt();
                if (keyLength < 0 || valueLength < 0 || keyLength > MAX_FIELD || valueLength > MAX_FIELD) {
                    return good;
                }
                byte[] key = data.readNBytes(keyLength);
                byte[] value = data.readNBytes(valueLength);
                int stored = data.readInt();
                if (key.length != keyLength || value.length != valueLength || stored != crc(key, value)) {
                    return good;
                }
                into.put(new String(key, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8));
                good += 12L + keyLength + valueLength;
            } catch (EOFException e) {
                return good;
            }
        }
    }

    /** Writes a complete snapshot next to {@code target}, forces it to disk and renames it over the target. */
    static long writeSnapshot(Path target, Map<String, String> state) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        long size;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(MAGIC);
            for (Map.Entry<String, String> e : state.entrySet()) {
                ByteBuffer record = record(e.getKey(), e.getValue());
                data.write(record.array(), 0, record.limit());
            }
            data.flush();
            channel.force(true);
            size = channel.size();
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system of " + target + " cannot rename atomically; the state file must"
                                  + " live on a local file system", e);
        }
        forceDirectory(target.toAbsolutePath().getParent());
        return size;
    }

    /** Makes a rename durable; some platforms cannot open directories, where this is a no-op. */
    static void forceDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: directories cannot be opened; NTFS journals the rename itself.
        }
    }

    private static int crc(byte[] key, byte[] value) {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(8).putInt(key.length).putInt(value.length).array());
        crc.update(key);
        crc.update(value);
        return (int) crc.getValue();
    }
}
