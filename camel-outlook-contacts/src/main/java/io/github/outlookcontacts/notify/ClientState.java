package io.github.outlookcontacts.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a subscription is created with and Graph echoes in every notification: 32 random bytes from
 * {@link SecureRandom} (43 characters, under Graph's 128), compared in constant time.
 */
public final class ClientState {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientState() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when both are set and equal; the time taken does not depend on where they differ. */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
