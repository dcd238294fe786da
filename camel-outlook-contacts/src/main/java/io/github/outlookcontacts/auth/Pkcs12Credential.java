package io.github.outlookcontacts.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCertificate;

/** Loads the private key and certificate chain of a PKCS#12 file, with errors that name the option at fault. */
final class Pkcs12Credential {

    private Pkcs12Credential() {
    }

    static IClientCertificate load(String certificatePath, String password) {
        Path path = Path.of(certificatePath);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("certificatePath " + certificatePath
                    + " is not a readable file (expected a PKCS#12 .pfx/.p12 with the private key)");
        }
        char[] pwd = password == null ? new char[0] : password.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, pwd);
        } catch (IOException | GeneralSecurityException e) {
            // The JDK says "keystore password was incorrect" or "DerInputStream..." — neither shows the password.
            throw new IllegalArgumentException("certificatePath " + certificatePath + " could not be opened as PKCS#12"
                    + " with the given certificatePassword: " + e.getMessage());
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, pwd);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate c : chain) {
                        certificates.add((X509Certificate) c);
                    }
                    return ClientCredentialFactory.createFromCertificateChain(privateKey, certificates);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("certificatePath " + certificatePath
                    + ": the private key could not be read with the given certificatePassword: " + e.getMessage());
        }
        throw new IllegalArgumentException("certificatePath " + certificatePath
                + " holds no private key with a certificate; export the certificate with its private key");
    }
}
