package io.github.outlookcontacts.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.outlookcontacts.model.Contact;
import io.github.outlookcontacts.model.GraphJson;

/**
 * Delta with {@code $expand}: Outlook's delta refuses {@code $expand} (500 "Value cannot be null. Parameter name:
 * type", microsoft-graph-docs issues #1993, #2270), so the changed contacts of a page are read again with it, 20 per
 * {@code $batch}, before the page reaches the sink, in the page's order. A contact deleted in between is passed on
 * as delta sent it (the next round reports the removal); any other failure fails the page, so the cursor does not
 * advance and nothing is lost. Holds one page (at most the page size) in memory.
 */
final class DeltaExpander {

    private final Function<List<BatchRequest>, List<BatchResponse>> batch;

    DeltaExpander(Function<List<BatchRequest>, List<BatchResponse>> batch) {
        this.batch = batch;
    }

    /** A sink that buffers a page; {@link Buffer#flush} expands and forwards it. */
    Buffer buffer(DeltaSink<Contact> target, DeltaRequest request) {
        return new Buffer(target, request);
    }

    final class Buffer implements DeltaSink<Contact> {
        private final DeltaSink<Contact> target;
        private final DeltaRequest request;
        /** Contacts and removals ({@code String[]{id, reason}}) in page order. */
        private final List<Object> items = new ArrayList<>();

        private Buffer(DeltaSink<Contact> target, DeltaRequest request) {
            this.target = target;
            this.request = request;
        }

        @Override
        public void changed(Contact item) {
            items.add(item);
        }

        @Override
        public void removed(String id, String reason) {
            items.add(new String[] {id, reason});
        }

        void flush() {
            Map<String, Contact> expanded = expand();
            for (Object item : items) {
                if (item instanceof Contact c) {
                    target.changed(expanded.getOrDefault(c.getId(), c));
                } else {
                    String[] removed = (String[]) item;
                    target.removed(removed[0], removed[1]);
                }
            }
        }

        private Map<String, Contact> expand() {
            List<Contact> changed = items.stream().filter(Contact.class::isInstance).map(Contact.class::cast)
                    .toList();
            Map<String, Contact> out = new HashMap<>();
            for (int from = 0; from < changed.size(); from += 20) {
                List<Contact> chunk = changed.subList(from, Math.min(changed.size(), from + 20));
                List<BatchRequest> requests = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    requests.add(new BatchRequest(Integer.toString(i), "GET", url(chunk.get(i).getId()), Map.of(),
                            null, List.of()));
                }
                for (BatchResponse r : batch.apply(requests)) {
                    Contact original = chunk.get(Integer.parseInt(r.id()));
                    if (r.isSuccess()) {
                        out.put(original.getId(), GraphJson.fromTree(r.body(), Contact.class));
                    } else if (r.status() != 404) {
                        throw failure(r, original.getId());
                    }
                }
            }
            return out;
        }

        private String url(String contactId) {
            StringBuilder url = new StringBuilder(request.mailbox().pathPrefix()).append("/contacts/")
                    .append(GraphPaths.segment(contactId)).append("?$expand=")
                    .append(GraphPaths.queryValue(request.expand()));
            if (request.select() != null && !request.select().isBlank()) {
                url.append("&$select=").append(GraphPaths.queryValue(GraphRequests.selectWith(request.select(),
                        "changeKey")));
            }
            return url.toString();
        }
    }

    private static GraphException failure(BatchResponse r, String contactId) {
        String code = r.body() == null ? "" : r.body().path("error").path("code").asText("");
        String message = "reading contact " + contactId + " with $expand after a delta page failed: HTTP " + r.status()
                         + " " + code;
        boolean transientFailure = r.status() == 429 || r.status() >= 500;
        return transientFailure ? new GraphThrottledException(r.status(), code, message, null)
                : new GraphException(r.status(), code, message, null);
    }
}
