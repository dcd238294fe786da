package io.github.outlookcontacts.emulator.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Opaque, tamper-evident delta tokens: base64url of a small binary record plus a truncated HMAC-SHA256. */
final class DeltaTokens {

    private static final int MAC_BYTES = 12;
    private static final byte VERSION = 1;
    private final SecretKeySpec key;

    DeltaTokens() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    String encode(DeltaCursor c) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeByte((c.folders() ? 1 : 0) | (c.initial() ? 2 : 0));
            out.writeUTF(c.mailbox());
            out.writeUTF(c.folderId());
            out.writeUTF(c.select());
            out.writeLong(c.after());
            out.writeLong(c.upTo());
            out.writeLong(c.generation());
            out.writeLong(c.issuedAt());
            byte[] payload = bytes.toByteArray();
            byte[] all = Arrays.copyOf(payload, payload.length + MAC_BYTES);
            System.arraycopy(mac(payload), 0, all, payload.length, MAC_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    DeltaCursor decode(String token) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(token);
            if (all.length <= MAC_BYTES + 1) {
                throw badToken();
            }
            byte[] payload = Arrays.copyOf(all, all.length - MAC_BYTES);
            byte[] mac = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
            if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(payload), MAC_BYTES))) {
                throw badToken();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            if (in.readByte() != VERSION) {
                throw badToken();
            }
            int flags = in.readByte();
            return new DeltaCursor((flags & 1) != 0, in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(),
                    in.readLong(), (flags & 2) != 0, in.readLong(), in.readLong());
        } catch (IOException | IllegalArgumentException e) {
            throw badToken();
        }
    }

    static StoreException badToken() {
        return StoreException.badRequest("BadRequest", "Badly formed token");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
