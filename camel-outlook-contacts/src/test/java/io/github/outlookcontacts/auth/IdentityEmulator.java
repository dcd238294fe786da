package io.github.outlookcontacts.auth;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.function.Consumer;

import io.github.outlookcontacts.emulator.GraphEmulator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Helpers for tests that run msal4j against the emulator's HTTPS identity endpoint. */
final class IdentityEmulator {

    static final String TENANT = "contoso.onmicrosoft.com";

    private IdentityEmulator() {
    }

    /** An emulator with HTTPS on (msal4j insists on https authorities); the caller closes it. */
    static GraphEmulator start() {
        return GraphEmulator.builder().https(true).build().start();
    }

    static AuthSettings secret(GraphEmulator emulator, String clientId, String secret) {
        return new AuthSettings(emulator.baseUrl(), emulator.authorityHost(), TENANT, clientId, secret, null, null,
                null, null, null, null, null, emulator.sslContext());
    }

    static AuthSettings certificate(GraphEmulator emulator, String clientId, Path pkcs12, String password) {
        return new AuthSettings(emulator.baseUrl(), emulator.authorityHost(), TENANT, clientId, null,
                pkcs12.toString(), password, null, null, null, null, null, emulator.sslContext());
    }

    static AuthSettings deviceCode(GraphEmulator emulator, String clientId, Path cache, Consumer<String> listener) {
        return new AuthSettings(emulator.baseUrl(), emulator.authorityHost(), null, clientId, null, null, null,
                null, cache == null ? null : cache.toString(), null, null, listener, emulator.sslContext());
    }

    /** A key pair with a self-signed certificate, written as PKCS#12. */
    record ClientCertificate(KeyPair keys, X509Certificate certificate) {

        static ClientCertificate generate(String cn) throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=" + cn);
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new ClientCertificate(keys, cert);
        }

        Path writePkcs12(Path file, String password) throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        }
    }
}
