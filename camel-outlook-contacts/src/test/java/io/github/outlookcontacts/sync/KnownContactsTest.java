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
    void aMillionEntriesCostUnderTwentySevenBytesEachAndGrowingAllocatesOnlyOnePartAtATime() {
        KnownContacts known = new KnownContacts();
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            known.put(KnownContacts.idHash("AAMkADc3MmFlNTg-" + i), i);
        }
        assertThat(known.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            assertThat(known.changeKey(KnownContacts.idHash("AAMkADc3MmFlNTg-" + i))).isEqualTo(i);
        }
        // 16 bytes a slot; load 0.75 and growth by a quarter leave at most (1 / 0.75) * 1.25 slots an entry.
        assertThat(known.slots()).isBetween((long) (n / 0.75), (long) (n / 0.75 * 1.25) + KnownContacts.PARTS * 4);
        assertThat(known.slots() * 16).isLessThan(27L * n);
        // The biggest single allocation when a part grows: 1.25 x its slots, about 2 % of the table.
        assertThat(known.largestPartSlots() * 1.25 * 16).isLessThan(1_000_000);
    }

    @Test
    void presizedTableHoldsItsExpectedEntriesWithoutGrowing() {
        KnownContacts known = new KnownContacts(100_000);
        long slots = known.slots();
        for (int i = 0; i < 100_000; i++) {
            known.put(KnownContacts.idHash("p" + i), i);
        }
        assertThat(known.slots()).as("no part grew").isEqualTo(slots);
        assertThat(slots).isLessThan((long) (100_000 / 0.75 * 1.15));
        assertThat(new KnownContacts().slots()).as("an empty folder costs a few kilobytes").isLessThanOrEqualTo(256);
    }

    @Test
    void removalShiftsBackAChainThatWrapsAroundThePartsEnd() {
        KnownContacts known = new KnownContacts();
        // Top bits 0 pick the first part; low 32 bits all ones put the home slot at its last index, so the
        // chain wraps around to slot 0. A twin in the last part with the same low bits must not interfere.
        long[] chain = new long[3];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = ((long) (i + 1) << 32) | 0xffffffffL;
            known.put(chain[i], 10 + i);
        }
        long wrapped = 0xffffffffL | (7L << 32); // home slot 3 of 4 as well, lands after the wrap
        long elsewhere = (-1L << 58) | 0xffffffffL;
        known.put(elsewhere, 99);
        known.remove(chain[0]);
        assertThat(known.changeKey(chain[0])).isEqualTo(KnownContacts.ABSENT);
        assertThat(known.changeKey(chain[1])).isEqualTo(11);
        assertThat(known.changeKey(chain[2])).isEqualTo(12);
        assertThat(known.changeKey(elsewhere)).isEqualTo(99);
        known.put(wrapped, 17);
        known.remove(chain[1]);
        known.remove(chain[2]);
        assertThat(known.changeKey(wrapped)).isEqualTo(17);
        assertThat(known.size()).isEqualTo(2);
        known.remove(wrapped);
        known.remove(elsewhere);
        assertThat(known.size()).isZero();
        assertThat(known.countUnseen()).isZero();
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
