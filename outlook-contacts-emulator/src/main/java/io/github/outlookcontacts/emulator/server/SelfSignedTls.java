package io.github.outlookcontacts.emulator.server;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away self-signed server certificate for {@code CN=localhost} (SANs localhost and 127.0.0.1), generated at
 * start, with the server- and client-side TLS material built from it.
 */
public final class SelfSignedTls {

    private final X509Certificate certificate;
    private final SSLContext serverContext;
    private final KeyStore trustStore;

    private SelfSignedTls(X509Certificate certificate, SSLContext serverContext, KeyStore trustStore) {
        this.certificate = certificate;
        this.serverContext = serverContext;
        this.trustStore = trustStore;
    }

    /** Generates a fresh EC P-256 key and certificate valid from yesterday for one year. */
    public static SelfSignedTls generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keyPair = generator.generateKeyPair();
            X509Certificate cert = selfSign(keyPair);

            char[] password = Long.toHexString(new SecureRandom().nextLong()).toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("emulator", keyPair.getPrivate(), password, new Certificate[] {cert});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, password);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, null);

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("outlook-contacts-emulator", cert);
            return new SelfSignedTls(cert, server, trust);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("Cannot generate the emulator's self-signed certificate", e);
        }
    }

    private static X509Certificate selfSign(KeyPair keyPair)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                name, keyPair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The server side: key and certificate. */
    public SSLContext serverContext() {
        return serverContext;
    }

    /** A key store (PKCS12, no password needed to read) holding only the certificate, to trust it. */
    public KeyStore trustStore() {
        return trustStore;
    }

    /** A client context that trusts this certificate (and nothing else). */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, tmf.getTrustManagers(), null);
            return client;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build a client TLS context for the emulator certificate", e);
        }
    }

    /** The certificate in PEM form, e.g. for {@code curl --cacert}. */
    public String certificatePem() {
        try {
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the emulator certificate", e);
        }
    }
}
