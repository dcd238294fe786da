package io.github.outlookcontacts.sync;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.model.ContactProperties;
import io.github.outlookcontacts.model.GraphJson;

/**
 * The field-level diff of {@code updated} changes ({@code diff=fields|values}): remembers each contact's fields in a
 * {@link FieldStore} and names those that differ from what was remembered.
 * <ul>
 * <li>{@code fields}: per field, 2 bytes of the name's hash and 4 of the value's: about 6 bytes per set field;</li>
 * <li>{@code values}: the set fields themselves as JSON, deflated, so the old value of each change is known.</li>
 * </ul>
 * A contact with nothing remembered yet (the first round with diff on, or state from before) has an unknown diff. An
 * empty result means only ignored fields moved.
 */
public final class FieldDiff {

    /** What to remember. */
    public enum Mode { FIELDS, VALUES }

    /** The changed fields, sorted by name; {@code changes} (old and new value by field) only in values mode. */
    public record Result(List<String> fields, Map<String, FieldChange> changes) {
    }

    private final FieldStore store;
    private final Mode mode;
    private final Set<String> ignored;

    /** {@code ignored}: fields neither remembered nor reported (those Graph changes on every write, by default). */
    public FieldDiff(CursorStore store, Mailbox mailbox, String folderId, Mode mode, Set<String> ignored) {
        this.store = new FieldStore(store, StateKeys.namespace(mailbox, folderId == null ? StateKeys.DEFAULT_FOLDER
                : folderId, false) + "fields/");
        this.mode = mode;
        this.ignored = Set.copyOf(ignored);
    }

    /**
     * Diffs a created or updated change against what is remembered and stages its fields; null when nothing was
     * remembered (a created contact, or an unknown diff). {@code photoHash}: the photo's hash, or null when photos
     * are not compared.
     */
    public Result diff(ContactChange change, String photoHash) {
        TreeMap<String, String> now = ContactFields.of(change.contact(), photoHash, ignored);
        byte[] before = store.get(change.contactId());
        store.stage(change.contactId(), mode == Mode.VALUES ? deflate(now) : digest(now));
        if (before == null) {
            return null;
        }
        return mode == Mode.VALUES ? values(inflate(before), now) : fields(before, now);
    }

    /** A deleted contact: forget it. */
    public void forget(String contactId) {
        store.stageRemoval(contactId);
    }

    /** The page was committed: write what it staged. */
    public void commit() {
        store.flush();
    }

    /** The page was given up: it is diffed again when it comes again. */
    public void discard() {
        store.discard();
    }

    private static Result fields(byte[] before, TreeMap<String, String> now) {
        Map<Integer, Integer> old = new HashMap<>();
        ByteBuffer in = ByteBuffer.wrap(before);
        while (in.remaining() >= 6) {
            old.put(in.getShort() & 0xffff, in.getInt());
        }
        Set<String> changed = new TreeSet<>();
        Map<Integer, String> names = new HashMap<>();
        now.forEach((name, value) -> {
            int key = nameKey(name);
            names.put(key, name);
            Integer was = old.get(key);
            if (was == null || was != ContactFields.hash32(value)) {
                changed.add(name);
            }
        });
        for (String known : ContactProperties.NAMES) {
            names.putIfAbsent(nameKey(known), known); // a field that is unset now is not in the contact any more
        }
        for (int key : old.keySet()) {
            if (!now.containsKey(names.getOrDefault(key, ""))) {
                changed.add(names.getOrDefault(key, "#" + Integer.toHexString(key))); // now unset
            }
        }
        return new Result(List.copyOf(changed), null);
    }

    private static Result values(TreeMap<String, String> before, TreeMap<String, String> now) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String name : names) {
            String was = before.get(name);
            String is = now.get(name);
            if (was == null ? is != null : !was.equals(is)) {
                changes.put(name, new FieldChange(plain(was), plain(is)));
            }
        }
        return new Result(new ArrayList<>(changes.keySet()), changes);
    }

    private static Object plain(String json) {
        return json == null ? null : GraphJson.mapper().convertValue(GraphJson.readTree(json), Object.class);
    }

    private static byte[] digest(TreeMap<String, String> fields) {
        ByteBuffer out = ByteBuffer.allocate(fields.size() * 6);
        fields.forEach((name, value) -> out.putShort((short) nameKey(name)).putInt(ContactFields.hash32(value)));
        return out.array();
    }

    private static int nameKey(String name) {
        return ContactFields.hash32(name) & 0xffff;
    }

    private static byte[] deflate(TreeMap<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(GraphJson.toJson(name)).append(':').append(value);
        });
        byte[] text = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(text);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 2 + 16);
            byte[] chunk = new byte[1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static TreeMap<String, String> inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
            byte[] chunk = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(chunk, 0, n);
            }
            TreeMap<String, String> fields = new TreeMap<>();
            JsonNode json = GraphJson.readTree(out.toString(StandardCharsets.UTF_8));
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), field.getValue().toString());
            }
            return fields;
        } catch (DataFormatException e) {
            throw new IllegalStateException("the stored field values are corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
