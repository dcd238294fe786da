package io.github.outlookcontacts.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered list of HTTP header fields; names are compared ignoring case.
 */
public final class HttpHeaders {

    public static final HttpHeaders EMPTY = new HttpHeaders(List.of());

    private final List<Map.Entry<String, String>> fields;

    private HttpHeaders(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    public static HttpHeaders of(Map<String, String> map) {
        HttpHeaders headers = EMPTY;
        for (Map.Entry<String, String> e : map.entrySet()) {
            headers = headers.plus(e.getKey(), e.getValue());
        }
        return headers;
    }

    /** The first value of {@code name}, or null. */
    public String first(String name) {
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(name)) {
                values.add(field.getValue());
            }
        }
        return values;
    }

    public boolean contains(String name) {
        return first(name) != null;
    }

    /** A copy with {@code name} set to exactly {@code value} (earlier values of that name removed). */
    public HttpHeaders with(String name, String value) {
        return without(name).plus(name, value);
    }

    /** A copy with one more {@code name: value} field. */
    public HttpHeaders plus(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<Map.Entry<String, String>> copy = new ArrayList<>(fields);
        copy.add(Map.entry(name, value));
        return new HttpHeaders(Collections.unmodifiableList(copy));
    }

    public HttpHeaders without(String name) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(fields.size());
        for (Map.Entry<String, String> field : fields) {
            if (!field.getKey().equalsIgnoreCase(name)) {
                copy.add(field);
            }
        }
        return copy.size() == fields.size() ? this : new HttpHeaders(Collections.unmodifiableList(copy));
    }

    /** Every field in order. */
    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    @Override
    public String toString() {
        // Header values may hold credentials: only names are shown.
        StringBuilder sb = new StringBuilder("HttpHeaders[");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(fields.get(i).getKey());
        }
        return sb.append(']').toString();
    }
}
