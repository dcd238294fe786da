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

    /** Contact id: base64 (with '-', '_' and '=' padding, like Graph ids) of mailbox hash + counter. */
    static String contactId(long mailboxHash, long counter) {
        ByteBuffer b = ByteBuffer.allocate(20).putShort((short) 0x4600).putShort((short) mailboxHash)
                .putLong(mix(counter ^ mailboxHash)).putLong(counter);
        return "AAMkA" + URL.encodeToString(b.array());
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
