package io.github.outlookcontacts.emulator.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pending device-code sign-ins (RFC 8628): created by {@code /devicecode}, approved or declined by the (emulated)
 * user, redeemed once by the polling client.
 */
final class DeviceAuthorizations {

    private static final char[] USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Status { PENDING, APPROVED, DECLINED, REDEEMED }

    /** One sign-in in progress. */
    static final class Authorization {
        final String deviceCode;
        final String userCode;
        final String clientId;
        final String tenant;
        final String scope;
        final Instant expiresAt;
        Status status = Status.PENDING;
        String user;

        Authorization(String deviceCode, String userCode, String clientId, String tenant, String scope,
                      Instant expiresAt) {
            this.deviceCode = deviceCode;
            this.userCode = userCode;
            this.clientId = clientId;
            this.tenant = tenant;
            this.scope = scope;
            this.expiresAt = expiresAt;
        }
    }

    /** What a poll found: the approved sign-in, or the error to answer. */
    record Poll(Authorization approved, IdentityError error) {
    }

    private final Map<String, Authorization> byDeviceCode = new HashMap<>();
    private final Map<String, Authorization> byUserCode = new HashMap<>();
    private Duration lifetime = Duration.ofMinutes(15);
    private Duration interval = Duration.ofSeconds(5);
    private String autoApproveUser;

    synchronized void lifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    synchronized Duration lifetime() {
        return lifetime;
    }

    synchronized void interval(Duration interval) {
        this.interval = interval;
    }

    synchronized Duration interval() {
        return interval;
    }

    /** Approve every new sign-in at once as this user; null switches auto-approval off. */
    synchronized void autoApprove(String user) {
        this.autoApproveUser = user;
    }

    synchronized Authorization start(String clientId, String tenant, String scope, Instant now) {
        byDeviceCode.values().removeIf(a -> a.expiresAt.isBefore(now.minus(Duration.ofHours(1))));
        byUserCode.values().removeIf(a -> a.expiresAt.isBefore(now.minus(Duration.ofHours(1))));
        String userCode;
        do {
            userCode = newUserCode();
        } while (byUserCode.containsKey(userCode));
        Authorization a = new Authorization(Jwt.randomToken(48), userCode, clientId, tenant, scope,
                now.plus(lifetime));
        if (autoApproveUser != null) {
            a.status = Status.APPROVED;
            a.user = autoApproveUser;
        }
        byDeviceCode.put(a.deviceCode, a);
        byUserCode.put(a.userCode, a);
        return a;
    }

    synchronized boolean approve(String userCode, String user, Instant now) {
        Authorization a = pending(userCode, now);
        if (a == null) {
            return false;
        }
        a.status = Status.APPROVED;
        a.user = user;
        return true;
    }

    synchronized boolean decline(String userCode, Instant now) {
        Authorization a = pending(userCode, now);
        if (a == null) {
            return false;
        }
        a.status = Status.DECLINED;
        return true;
    }

    synchronized List<String> pendingUserCodes(Instant now) {
        List<String> out = new ArrayList<>();
        byUserCode.values().stream().filter(a -> a.status == Status.PENDING && now.isBefore(a.expiresAt))
                .forEach(a -> out.add(a.userCode));
        return out;
    }

    synchronized Poll poll(String deviceCode, String clientId, Instant now) {
        Authorization a = deviceCode == null ? null : byDeviceCode.get(deviceCode);
        if (a == null || !a.clientId.equalsIgnoreCase(clientId)) {
            return new Poll(null, IdentityError.invalidGrant(70000, "The provided value for the 'device_code'"
                    + " is not valid. It was not issued to this client, or it is malformed."));
        }
        if (!now.isBefore(a.expiresAt)) {
            return new Poll(null, new IdentityError(400, "expired_token", 70020, "The provided value for the input"
                    + " parameter 'device_code' is not valid. This device code has expired."));
        }
        return switch (a.status) {
            case PENDING -> new Poll(null, new IdentityError(400, "authorization_pending", 70016,
                    "OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
            case DECLINED -> new Poll(null, new IdentityError(400, "authorization_declined", 70000,
                    "The user declined the authentication request."));
            case REDEEMED -> new Poll(null, IdentityError.invalidGrant(70000, "The provided value for the"
                    + " 'device_code' is not valid. It has already been redeemed."));
            case APPROVED -> {
                a.status = Status.REDEEMED;
                yield new Poll(a, null);
            }
        };
    }

    private Authorization pending(String userCode, Instant now) {
        Authorization a = userCode == null ? null : byUserCode.get(userCode.trim().toUpperCase(Locale.ROOT));
        return a != null && a.status == Status.PENDING && now.isBefore(a.expiresAt) ? a : null;
    }

    private static String newUserCode() {
        char[] code = new char[9];
        for (int i = 0; i < code.length; i++) {
            code[i] = USER_CODE_ALPHABET[RANDOM.nextInt(USER_CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
