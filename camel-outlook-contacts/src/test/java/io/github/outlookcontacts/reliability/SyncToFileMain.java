package io.github.outlookcontacts.reliability;

import java.nio.file.Path;

import io.github.outlookcontacts.camel.AtomicFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Child-JVM consumer for the crash scenario: syncs a folder tree of the parent's emulator with a durable state
 * repository into a {@link FileSink} (each exchange completes only after its line is on disk), prints
 * {@code STARTED}, and runs until it is killed or its standard input closes (the parent is gone).
 * Arguments: base URL, folder path, state file, sink file.
 */
public final class SyncToFileMain {

    private SyncToFileMain() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String folder = args[1];
        AtomicFileStateRepository state = new AtomicFileStateRepository(Path.of(args[2]));
        FileSink sink = FileSink.open(Path.of(args[3]));
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("syncState", state);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("outlook-contacts:sync?baseUrl=" + baseUrl + "&accessToken=crash-test&folder=" + folder
                     + "&includeSubfolders=true&stateRepository=#syncState&pageSize=5&initialDelay=0&delay=50"
                     + "&maxRetryDelay=500")
                        .routeId("crash-sink")
                        .process(exchange -> sink.append(SinkLine.of(exchange.getIn())));
            }
        });
        camel.start();
        System.out.println("STARTED");
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent holds our stdin open; end of input means it is gone
        }
        camel.stop();
        System.exit(0);
    }
}
