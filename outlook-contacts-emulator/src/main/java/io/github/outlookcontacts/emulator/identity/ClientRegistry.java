package io.github.outlookcontacts.emulator.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * App registrations known to the emulator. While none is registered the registry is lenient: any client id, any
 * secret and any well-formed client assertion is accepted (demos need no set-up). Once one client is registered,
 * only registered clients get tokens, with their own credentials.
 */
final class ClientRegistry {

    /** One registered application: its secrets, its certificates and whether public-client flows are allowed. */
    static final class App {
        final String clientId;
        final List<String> secrets = new CopyOnWriteArrayList<>();
        final List<X509Certificate> certificates = new CopyOnWriteArrayList<>();
        volatile boolean publicClient;

        App(String clientId) {
            this.clientId = clientId;
        }

        boolean isConfidential() {
            return !secrets.isEmpty() || !certificates.isEmpty();
        }
    }

    private final Map<String, App> apps = new ConcurrentHashMap<>();

    void registerSecret(String clientId, String secret) {
        Objects.requireNonNull(secret, "secret");
        app(clientId).secrets.add(secret);
    }

    void registerCertificate(String clientId, X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        app(clientId).certificates.add(certificate);
    }

    void registerPublicClient(String clientId) {
        app(clientId).publicClient = true;
    }

    boolean isLenient() {
        return apps.isEmpty();
    }

    App find(String clientId) {
        return clientId == null ? null : apps.get(clientId.toLowerCase(java.util.Locale.ROOT));
    }

    void clear() {
        apps.clear();
    }

    private App app(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be empty");
        }
        return apps.computeIfAbsent(clientId.toLowerCase(java.util.Locale.ROOT), id -> new App(clientId));
    }

    /** Base64url SHA-1 ({@code x5t}) or SHA-256 ({@code x5t#S256}) thumbprint of a certificate. */
    static String thumbprint(X509Certificate certificate, String algorithm) {
        try {
            return Jwt.base64Url(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
