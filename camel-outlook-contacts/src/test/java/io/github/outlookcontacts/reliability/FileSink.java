package io.github.outlookcontacts.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of {@link SinkLine}s, forced to disk before {@link #append} returns, so an exchange completes
 * only once its change is durable. A line torn by a kill (no newline yet) was never acknowledged: it is cut off when
 * the sink is opened again and ignored when read.
 */
final class FileSink implements AutoCloseable {

    private final FileChannel channel;

    private FileSink(FileChannel channel) {
        this.channel = channel;
    }

    static FileSink open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        channel.truncate(acknowledgedLength(file));
        channel.position(channel.size());
        return new FileSink(channel);
    }

    synchronized void append(SinkLine line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line.format() + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Every acknowledged line, in order. */
    static List<SinkLine> read(Path file) throws IOException {
        List<SinkLine> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return lines;
        }
        for (String line : text.substring(0, end).split("\n")) {
            lines.add(SinkLine.parse(line));
        }
        return lines;
    }

    private static long acknowledgedLength(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }
}
