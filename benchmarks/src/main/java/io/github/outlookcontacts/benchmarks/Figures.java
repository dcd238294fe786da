package io.github.outlookcontacts.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one harness run: one row per (scenario, client) with named values (medians over the runs), printed
 * as a table and written as JSON.
 */
final class Figures {

    /** One client's figures in one scenario. */
    record Row(String scenario, String client, Map<String, Object> values) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    void setting(String name, Object value) {
        settings.put(name, value);
    }

    Row add(String scenario, String client, Map<String, Object> values) {
        Row row = new Row(scenario, client, values);
        rows.add(row);
        return row;
    }

    List<Row> rows(String scenario) {
        return rows.stream().filter(r -> r.scenario().equals(scenario)).toList();
    }

    /** Prints one scenario's rows as a table, columns in the order of the first row's values. */
    void print(String scenario, String title) {
        List<Row> selected = rows(scenario);
        if (selected.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(selected.get(0).values().keySet());
        int clientWidth = Math.max(8, selected.stream().mapToInt(r -> r.client().length()).max().orElse(8));
        StringBuilder out = new StringBuilder("\n== " + title + "\n");
        out.append(pad("client", clientWidth));
        columns.forEach(c -> out.append("  ").append(pad(c, Math.max(c.length(), 10))));
        out.append('\n');
        for (Row row : selected) {
            out.append(pad(row.client(), clientWidth));
            for (String c : columns) {
                out.append("  ").append(pad(format(row.values().get(c)), Math.max(c.length(), 10)));
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", settings);
        root.put("rows", rows);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d >= 100 ? String.format("%,.0f", d) : String.format("%.2f", d);
        }
        return String.valueOf(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
