package io.github.outlookcontacts.examples.csvimport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.camel.producer.OutlookContactsOutcome;
import org.apache.camel.Exchange;

/**
 * One import of a file: the route's steps that turn a chunk of rows into an upsert Collection and its outcomes back
 * into counts and error rows. Travels with the exchange as the property {@link #PROPERTY}.
 */
public final class ImportRun {

    public static final String PROPERTY = "csvImportRun";
    private static final String ROWS = "csvImportRows";

    private final ErrorFile errors;
    private final Map<String, AtomicInteger> results = new ConcurrentHashMap<>();

    public ImportRun(ErrorFile errors) {
        this.errors = errors;
    }

    /** Keeps the chunk's rows aside and makes the body the Collection of their contacts. */
    public static void toContacts(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<ImportRow> rows = exchange.getMessage().getBody(List.class);
        exchange.setProperty(ROWS, rows);
        exchange.getMessage().setBody(rows.stream().map(ImportRow::contact).toList());
    }

    /** Counts each row's upsert result; a failed row goes to the error file with its line and Graph's reason. */
    public static void recordOutcomes(Exchange exchange) {
        ImportRun run = exchange.getProperty(PROPERTY, ImportRun.class);
        List<ImportRow> rows = rows(exchange);
        @SuppressWarnings("unchecked")
        List<OutlookContactsOutcome> outcomes = exchange.getMessage().getBody(List.class);
        for (OutlookContactsOutcome outcome : outcomes) {
            ImportRow row = rows.get(outcome.getIndex());
            if (outcome.isSuccess()) {
                run.count(outcome.getUpsertResult());
            } else {
                run.reject(row, outcome.getErrorMessage());
            }
        }
    }

    /** The whole chunk failed (Graph unreachable after the retries, say): every row of it goes to the error file. */
    public static void rejectChunk(Exchange exchange) {
        ImportRun run = exchange.getProperty(PROPERTY, ImportRun.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        rows(exchange).forEach(row -> run.reject(row, "not imported: " + cause.getMessage()));
    }

    /** How many rows were created, updated, left unchanged and rejected. */
    public Map<String, Integer> results() {
        Map<String, Integer> out = new TreeMap<>();
        results.forEach((k, v) -> out.put(k, v.get()));
        out.put("rejected", errors.count());
        return out;
    }

    void count(String result) {
        results.computeIfAbsent(result, r -> new AtomicInteger()).incrementAndGet();
    }

    private void reject(ImportRow row, String reason) {
        errors.reject(row.line(), row.externalId(), reason);
    }

    @SuppressWarnings("unchecked")
    private static List<ImportRow> rows(Exchange exchange) {
        return exchange.getProperty(ROWS, List.class);
    }
}
