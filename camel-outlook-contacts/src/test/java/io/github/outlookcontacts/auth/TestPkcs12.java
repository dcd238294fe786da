package io.github.outlookcontacts.auth;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

/** A generated client certificate written as PKCS#12, for tests outside this package. */
public final class TestPkcs12 {

    private final IdentityEmulator.ClientCertificate certificate;

    private TestPkcs12(IdentityEmulator.ClientCertificate certificate) {
        this.certificate = certificate;
    }

    public static TestPkcs12 generate(String cn) throws Exception {
        return new TestPkcs12(IdentityEmulator.ClientCertificate.generate(cn));
    }

    public X509Certificate certificate() {
        return certificate.certificate();
    }

    public Path write(Path file, String password) throws Exception {
        return certificate.writePkcs12(file, password);
    }
}
