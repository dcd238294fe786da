package io.github.outlookcontacts.sync;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactIndexTest {

    @Test
    void keepsEveryEntryThroughGrowthAndOverwrites() {
        CompactIndex index = new CompactIndex();
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String id = "AAMkAD" + Integer.toHexString(i * 7919) + "=";
            long v = KnownContacts.fingerprint("ck" + i);
            index.put(id, v);
            expected.put(id, v);
        }
        for (int i = 0; i < 50_000; i += 3) {
            String id = "AAMkAD" + Integer.toHexString(i * 7919) + "=";
            index.put(id, 42L);
            expected.put(id, 42L);
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((id, v) -> assertThat(index.get(id)).isEqualTo(v));
        assertThat(index.get("missing")).isEqualTo(CompactIndex.ABSENT);
    }

    @Test
    void fingerprintsAreStableAndNeverReserved() {
        assertThat(KnownContacts.fingerprint("EQAAABYAAACd9nJ")).isEqualTo(KnownContacts.fingerprint("EQAAABYAAACd9nJ"));
        assertThat(KnownContacts.fingerprint("a")).isNotEqualTo(KnownContacts.fingerprint("b"));
        assertThat(KnownContacts.fingerprint(null)).isNotIn(CompactIndex.ABSENT, KnownContacts.REMOVED);
    }
}
