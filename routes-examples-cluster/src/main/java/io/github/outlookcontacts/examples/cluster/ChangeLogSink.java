package io.github.outlookcontacts.examples.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Appends each change as one line {@code node <TAB> type <TAB> id <TAB> changeKey} to the mailbox's log file and
 * forces it to disk before the exchange completes, so an acknowledged change survives a kill -9 of the node. One
 * {@code write} of a short line with {@code O_APPEND} is atomic, so nodes taking turns never interleave a line.
 */
final class ChangeLogSink implements Processor {

    private final Path directory;
    private final String node;

    ChangeLogSink(Path directory, String node) {
        this.directory = directory;
        this.node = node;
    }

    /** The log file's name for a mailbox (also its cluster namespace): the UPN with anything odd replaced. */
    static String fileName(String mailbox) {
        return mailbox.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Message in = exchange.getIn();
        String changeKey = in.getHeader(OutlookContactsConstants.CHANGE_KEY, "", String.class);
        String line = node + '\t' + in.getHeader(OutlookContactsConstants.CHANGE_TYPE, String.class) + '\t'
                      + in.getHeader(OutlookContactsConstants.CONTACT_ID, String.class) + '\t' + changeKey + '\n';
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName(in.getHeader(OutlookContactsConstants.USER, String.class)) + ".log");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        }
    }
}
