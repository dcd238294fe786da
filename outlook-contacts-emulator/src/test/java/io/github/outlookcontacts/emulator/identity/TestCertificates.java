package io.github.outlookcontacts.emulator.identity;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away RSA key with a self-signed certificate, and client assertions signed with it, for tests. */
record TestCertificates(KeyPair keys, X509Certificate certificate) {

    static TestCertificates generate(String cn) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + cn);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name,
                keys.getPublic());
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        return new TestCertificates(keys, cert);
    }

    /** A client assertion like msal4j's: RS256, x5t header, iss = sub = client id, aud, 10 minutes of life. */
    String assertion(String clientId, String audience, Instant now) throws Exception {
        return assertion(clientId, clientId, audience, now.getEpochSecond(), now.getEpochSecond() + 600,
                keys.getPrivate(), "RS256");
    }

    String assertionWithSha1Thumbprint(String clientId, String audience, Instant now) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("x5t", ClientRegistry.thumbprint(certificate, "SHA-1"));
        return sign(header, clientId, clientId, audience, now.getEpochSecond(), now.getEpochSecond() + 600,
                keys.getPrivate(), "RS256");
    }

    String assertion(String iss, String sub, String audience, long nbf, long exp, PrivateKey key, String alg)
            throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        // Like msal4j 1.26: x5t#S256 in standard base64 with padding.
        header.put("x5t#S256", java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                .getInstance("SHA-256").digest(certificate.getEncoded())));
        return sign(header, iss, sub, audience, nbf, exp, key, alg);
    }

    private String sign(Map<String, Object> header, String iss, String sub, String audience, long nbf, long exp,
            PrivateKey key, String alg) throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iss", iss);
        claims.put("sub", sub);
        claims.put("jti", java.util.UUID.randomUUID().toString());
        claims.put("nbf", nbf);
        claims.put("exp", exp);
        String input = Jwt.encodeJson(header) + "." + Jwt.encodeJson(claims);
        Signature signature;
        if (alg.equals("PS256")) {
            signature = Signature.getInstance("RSASSA-PSS");
            signature.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                    java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
        } else {
            signature = Signature.getInstance("SHA256withRSA");
        }
        signature.initSign(key);
        signature.update(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return input + "." + Jwt.base64Url(signature.sign());
    }
}
