package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import io.github.outlookcontacts.emulator.store.StoreOptions;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): bulk-generates a folder, then runs three full delta rounds through {@link GraphApi#handle}
 * and prints generation time, heap used after GC, throughput (with and without the client's JSON parsing) and the
 * handler time per page. Args: contact count (default 100000), page size (default 200). Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl outlook-contacts-emulator test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx4g -cp outlook-contacts-emulator/target/classes:outlook-contacts-emulator/target/test-classes:$(cat /tmp/cp.txt) \
 *     io.github.outlookcontacts.emulator.api.DeltaPageThroughput 1000000 200
 * </pre>
 */
public final class DeltaPageThroughput {

    private DeltaPageThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ContactStore store = new ContactStore(StoreOptions.defaults());
        long t0 = System.nanoTime();
        String folderId = store.bulkGenerate("me@emulator.local", "Bulk", count, 42);
        long t1 = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("generated %,d contacts in %.2f s; heap used after GC %,d MB (max %,d MB)%n", count,
                (t1 - t0) / 1e9, used / (1024 * 1024), rt.maxMemory() / (1024 * 1024));
        GraphApi api = new GraphApi(store);
        for (int round = 0; round < 3; round++) {
            long[] pageNanos = new long[count / pageSize + 2];
            long handlerNanos = 0;
            long start = System.nanoTime();
            int items = 0;
            int pages = 0;
            String target = "/v1.0/me/contactFolders/" + folderId.replace("=", "%3D") + "/contacts/delta";
            String query = null;
            while (true) {
                ApiRequest request = new ApiRequest("GET", target, query, Map.of("Prefer", List.of(
                        "odata.maxpagesize=" + pageSize), "X-Emulator-Base-Url", List.of("http://127.0.0.1:1/v1.0")),
                        null, null);
                long h0 = System.nanoTime();
                ApiResponse r = api.handle(request);
                long took = System.nanoTime() - h0;
                handlerNanos += took;
                if (r.status() != 200) {
                    throw new IllegalStateException("status " + r.status());
                }
                var page = Json.object(r.body()); // what a downloading client does; not in the handler time
                items += page.get("value").size();
                pageNanos[pages++] = took;
                if (page.has("@odata.deltaLink")) {
                    break;
                }
                URI next = URI.create(page.get("@odata.nextLink").asText());
                target = next.getRawPath();
                query = next.getRawQuery();
            }
            double secs = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(pageNanos, pages);
            Arrays.sort(sorted);
            System.out.printf("round %d: %,d contacts in %,d pages, %.2f s with client parsing = %,.0f contacts/s;"
                    + " handler only %,.0f contacts/s, page of %d: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    round + 1, items, pages, secs, items / secs, items / (handlerNanos / 1e9), pageSize,
                    sorted[pages / 2] / 1e6, sorted[Math.min(pages - 1, pages * 99 / 100)] / 1e6,
                    sorted[pages - 1] / 1e6);
        }
        used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("heap used at end %,d MB%n", used / (1024 * 1024));
    }
}
