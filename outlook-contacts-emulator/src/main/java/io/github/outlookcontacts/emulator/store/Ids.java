package io.github.outlookcontacts.emulator.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Exchange-looking ids and change keys, derived deterministically from counters so seeded stores repeat. */
final class Ids {

    private static final Base64.Encoder URL = Base64.getUrlEncoder();
    private static final Base64.Encoder STD = Base64.getEncoder().withoutPadding();

    private Ids() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long hash(String s) {
        long h = 1125899906842597L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return mix(h);
    }

    /** The base64url alphabet in ASCII order, so encoded numbers sort like the numbers themselves. */
    private static final char[] SORTED_ALPHABET =
            "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".toCharArray();

    /**
     * Contact id that looks like a Graph id (base64url characters, '=' padding, 48 characters) and sorts by creation
     * order: a mailbox prefix, the counter in an order-preserving encoding, then hash-looking filler. Sorted ids keep
     * a folder's id-ordered index appending at its tail, which makes seeding a million contacts fast.
     */
    private static final long ORDER_OFFSET = 0x0B5E3D1C7A9F2468L;

    static String contactId(long mailboxHash, long counter) {
        StringBuilder sb = new StringBuilder(48).append("AAMkA");
        ByteBuffer prefix = ByteBuffer.allocate(6).putShort((short) 0x4600).putInt((int) mailboxHash);
        sb.append(URL.encodeToString(prefix.array()));
        long ordered = ORDER_OFFSET + counter; // an offset keeps the ordering and avoids runs of '-'
        for (int shift = 60; shift >= 0; shift -= 6) {
            sb.append(SORTED_ALPHABET[(int) (ordered >>> shift) & 63]);
        }
        ByteBuffer filler = ByteBuffer.allocate(15).putLong(mix(counter ^ mailboxHash)).putInt((int) mix(counter))
                .put((byte) 0).putShort((short) 0x0E);
        return sb.append(URL.encodeToString(filler.array())).append('=').toString();
    }

    static String folderId(long mailboxHash, long counter) {
        ByteBuffer b = ByteBuffer.allocate(16).putInt((int) mailboxHash).putLong(mix(counter + 0x5EED)).putInt(
                (int) counter);
        return "AAMkA" + URL.encodeToString(b.array()) + "AAEOAAA=";
    }

    /** A change key: new for every sequence number. */
    static String changeKey(long seq) {
        ByteBuffer b = ByteBuffer.allocate(15).putLong(mix(seq)).put((byte) (seq >>> 48)).put((byte) (seq >>> 40))
                .put((byte) (seq >>> 32)).putInt((int) seq);
        return "EQAAABYAAAC" + STD.encodeToString(b.array());
    }
}
