package io.github.outlookcontacts.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownContactsTest {

    @Test
    void behavesLikeAMapUnderRandomPutsAndRemoves() {
        KnownContacts known = new KnownContacts();
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            // A small id space forces long probe chains, wrap-around and many backward shifts.
            long id = KnownContacts.idHash("id-" + random.nextInt(5_000));
            if (random.nextInt(3) == 0) {
                known.remove(id);
                reference.remove(id);
            } else {
                long key = KnownContacts.changeKeyHash("ck-" + random.nextInt());
                known.put(id, key);
                reference.put(id, key);
            }
        }
        assertThat(known.size()).isEqualTo(reference.size());
        for (int i = 0; i < 5_000; i++) {
            long id = KnownContacts.idHash("id-" + i);
            assertThat(known.changeKey(id)).isEqualTo(reference.getOrDefault(id, KnownContacts.ABSENT));
        }
    }

    @Test
    void marksTravelWithTheirEntryWhenOthersAreRemovedAndTheTableGrows() {
        KnownContacts known = new KnownContacts();
        for (int i = 0; i < 10_000; i++) {
            long id = KnownContacts.idHash("c" + i);
            known.put(id, i);
            if (i % 2 == 0) {
                known.markSeen(id);
            }
        }
        for (int i = 0; i < 10_000; i += 3) {
            known.remove(KnownContacts.idHash("c" + i));
        }
        for (int i = 0; i < 10_000; i++) {
            long id = KnownContacts.idHash("c" + i);
            if (i % 3 == 0) {
                assertThat(known.changeKey(id)).isEqualTo(KnownContacts.ABSENT);
            } else {
                assertThat(known.changeKey(id)).isEqualTo(i);
                assertThat(known.isSeen(id)).isEqualTo(i % 2 == 0);
            }
        }
        known.put(KnownContacts.idHash("c2"), 99);
        assertThat(known.isSeen(KnownContacts.idHash("c2"))).as("updating keeps marks").isTrue();
        known.clearMarks();
        assertThat(known.countUnseen()).isEqualTo(known.size());
    }

    @Test
    void hashesAreStableAcrossRunsBecauseTheyArePersisted() {
        assertThat(KnownContacts.idHash("AAMkAGI2TG93AAA=")).isEqualTo(KnownContacts.idHash("AAMkAGI2TG93AAA="));
        assertThat(KnownContacts.idHash("a")).isNotEqualTo(KnownContacts.idHash("b"));
        assertThat(KnownContacts.changeKeyHash("EQAAABYAAAC")).isNotNegative();
        // Pinned values: changing the hash function would silently invalidate every stored state.
        assertThat(Long.toHexString(KnownContacts.idHash("AAMkA"))).isEqualTo("4eb58c3452ec1dc8");
        assertThat(Long.toHexString(KnownContacts.changeKeyHash("EQAAABYAAAC"))).isEqualTo("3c38a8684c165f4f");
    }
}
