package io.github.outlookcontacts.graph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.http.Principal;
import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU time and allocation of reading one real delta page (200 generated contacts, as the emulator sends them) with
 * {@link DeltaPageReader} beside the earlier way (each item parsed into a {@code JsonNode} tree, then converted),
 * alternating in one JVM so that load from other processes falls on both alike; not part of the normal build. Run:
 * {@code ./mvnw -B -pl camel-outlook-contacts -am test -Dbenchmark=true -Dtest=DeltaPageReaderBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the {@code [page reader]} lines.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DeltaPageReaderBenchmark {

    private static final int PAGE = 200;
    private static final int PAGES_PER_ROUND = 250;
    private static final int ROUNDS = 8;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long consumed;

    @FunctionalInterface
    private interface PageRead {
        int read(byte[] page) throws IOException;
    }

    @Test
    void readsARealPageOfTwoHundredContacts() throws Exception {
        byte[] page = fetchPage();
        DeltaPageReader reader = new DeltaPageReader();
        PageRead streaming = bytes -> reader.read(new ByteArrayInputStream(bytes), Contact.class, sink()).itemCount();
        PageRead tree = this::treeThenConvert;
        assertThat(streaming.read(page)).isEqualTo(PAGE);
        assertThat(tree.read(page)).isEqualTo(PAGE);
        long[] treeTotals = new long[2];
        long[] streamingTotals = new long[2];
        for (int round = -2; round < ROUNDS; round++) { // two warm-up rounds
            long[] t = measure(tree, page);
            long[] s = measure(streaming, page);
            if (round >= 0) {
                add(treeTotals, t);
                add(streamingTotals, s);
            }
        }
        print("tree then convert (before)", treeTotals);
        print("streaming bind (after)", streamingTotals);
        System.out.printf("[page reader] streaming bind: %.2fx the contacts per CPU second, %.2fx the bytes allocated"
                          + " per contact%n", (double) treeTotals[0] / streamingTotals[0],
                (double) streamingTotals[1] / treeTotals[1]);
        assertThat(consumed).isPositive();
    }

    /** CPU nanoseconds and allocated bytes of one round. */
    private long[] measure(PageRead read, byte[] page) throws IOException {
        long thread = Thread.currentThread().getId();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < PAGES_PER_ROUND; i++) {
            consumed += read.read(page);
        }
        return new long[] { threads.getCurrentThreadCpuTime() - cpu,
            threads.getThreadAllocatedBytes(thread) - allocated };
    }

    private static void add(long[] into, long[] values) {
        into[0] += values[0];
        into[1] += values[1];
    }

    private static void print(String name, long[] totals) {
        double contacts = (double) ROUNDS * PAGES_PER_ROUND * PAGE;
        System.out.printf("[page reader] %-27s %,10.0f contacts per CPU second, %,7.0f bytes allocated per contact%n",
                name + ":", contacts / (totals[0] / 1e9), totals[1] / contacts);
    }

    private DeltaSink<Contact> sink() {
        return new DeltaSink<>() {
            @Override
            public void changed(Contact item) {
                consumed += item.getId().length();
            }

            @Override
            public void removed(String id, String reason) {
                consumed++;
            }
        };
    }

    /** The reader as it was: each item parsed into a tree, then converted to the model. */
    private int treeThenConvert(byte[] page) throws IOException {
        ObjectMapper mapper = GraphJson.mapper();
        int count = 0;
        DeltaSink<Contact> sink = sink();
        try (JsonParser parser = mapper.getFactory().createParser(page)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("value")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode item = mapper.readTree(parser);
                    JsonNode removed = item.get("@removed");
                    if (removed != null) {
                        sink.removed(item.path("id").asText(null), removed.path("reason").asText(null));
                    } else {
                        sink.changed(mapper.treeToValue(item, Contact.class));
                    }
                    count++;
                }
            }
        }
        return count;
    }

    private static byte[] fetchPage() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.builder().port(0)
                .seed(store -> store.bulkGenerate(Principal.DEFAULT_USER, "Big", PAGE, 4711)).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            String folders = http.send(get(emulator.baseUrl() + "/me/contactFolders?$filter=displayName%20eq%20'Big'"),
                    HttpResponse.BodyHandlers.ofString()).body();
            String folderId = GraphJson.readTree(folders).path("value").path(0).path("id").asText();
            HttpResponse<byte[]> page = http.send(get(emulator.baseUrl() + "/me/contactFolders/"
                                                      + GraphPaths.segment(folderId) + "/contacts/delta"),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer benchmark")
                .header("Prefer", "odata.maxpagesize=" + PAGE).build();
    }
}
