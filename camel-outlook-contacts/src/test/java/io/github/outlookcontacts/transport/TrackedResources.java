package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Closes what a test opened (loopback servers, transports, clients) after each test.
 * Use as {@code @RegisterExtension final TrackedResources resources = new TrackedResources();}.
 */
public final class TrackedResources implements AfterEachCallback {

    private final List<AutoCloseable> resources = new ArrayList<>();

    public <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    public LoopbackServer server(LoopbackServer.Script script) throws IOException {
        return track(new LoopbackServer(script));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable c : resources) {
            c.close();
        }
        resources.clear();
    }
}
