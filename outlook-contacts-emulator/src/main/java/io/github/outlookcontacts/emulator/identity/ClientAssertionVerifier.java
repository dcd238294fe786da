package io.github.outlookcontacts.emulator.identity;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a certificate client assertion (RFC 7523 JWT) the way Entra ID does: RS256/PS256 signature by a certificate
 * registered for the app (picked by {@code x5t}/{@code x5t#S256}), {@code iss} = {@code sub} = client id,
 * {@code aud} = the token endpoint, and {@code nbf}/{@code exp} around now (5 minutes of clock skew).
 */
final class ClientAssertionVerifier {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final long SKEW_SECONDS = 300;

    private ClientAssertionVerifier() {
    }

    /**
     * @param certificates the app's registered certificates, or null in lenient mode (then the certificate in the
     *                     {@code x5c} header is used if sent, and an unsigned-checkable assertion is accepted)
     * @return null when the assertion is valid, else the error to answer
     */
    static IdentityError verify(String assertion, String clientId, String tokenEndpoint,
            List<X509Certificate> certificates, Instant now) {
        Jwt.Parsed jwt;
        try {
            jwt = Jwt.parse(assertion);
        } catch (IllegalArgumentException e) {
            return IdentityError.invalidRequest(50027, "JWT token is invalid or malformed.");
        }
        String iss = jwt.claimText("iss");
        String sub = jwt.claimText("sub");
        if (!clientId.equalsIgnoreCase(String.valueOf(iss)) || !clientId.equalsIgnoreCase(String.valueOf(sub))) {
            return IdentityError.invalidClient(700021, "Client assertion application identifier doesn't match"
                    + " 'client_id' parameter. Review the documentation at"
                    + " https://learn.microsoft.com/entra/identity-platform/certificate-credentials .");
        }
        if (!audienceMatches(jwt.claims().get("aud"), tokenEndpoint)) {
            return IdentityError.invalidClient(700023, "Client assertion audience claim does not match Realm"
                    + " issuer. Review the documentation at"
                    + " https://learn.microsoft.com/entra/identity-platform/certificate-credentials .");
        }
        long nbf = jwt.claimSeconds("nbf");
        long exp = jwt.claimSeconds("exp");
        long nowSeconds = now.getEpochSecond();
        if (exp < 0 || exp + SKEW_SECONDS < nowSeconds || (nbf >= 0 && nbf - SKEW_SECONDS > nowSeconds)) {
            return IdentityError.invalidClient(700024, "Client assertion is not within its valid time range."
                    + " Current time: " + now + ", assertion valid from " + seconds(nbf) + ", expiry time of"
                    + " assertion " + seconds(exp) + ". Review the documentation at"
                    + " https://learn.microsoft.com/entra/identity-platform/certificate-credentials .");
        }
        List<X509Certificate> candidates = certificates != null ? candidates(jwt, certificates) : headerChain(jwt);
        if (certificates == null && candidates.isEmpty()) {
            return null; // lenient mode without x5c: nothing to check the signature against
        }
        if (candidates.isEmpty()) {
            return invalidSignature("The key was not found.", jwt);
        }
        for (X509Certificate certificate : candidates) {
            if (signatureValid(jwt, certificate.getPublicKey())) {
                return null;
            }
        }
        return invalidSignature("The provided signature value did not match the expected signature value.", jwt);
    }

    private static boolean audienceMatches(JsonNode aud, String tokenEndpoint) {
        if (aud == null) {
            return false;
        }
        if (aud.isArray()) {
            for (JsonNode a : aud) {
                if (sameUrl(a.asText(), tokenEndpoint)) {
                    return true;
                }
            }
            return false;
        }
        return sameUrl(aud.asText(), tokenEndpoint);
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Registered certificates matching the assertion's thumbprint header (all of them when it names none). */
    private static List<X509Certificate> candidates(Jwt.Parsed jwt, List<X509Certificate> registered) {
        String x5t = jwt.headerText("x5t");
        String x5tS256 = jwt.headerText("x5t#S256");
        if (x5t == null && x5tS256 == null) {
            return registered;
        }
        // msal4j sends standard base64 with padding, RFC 7515 says base64url: compare the decoded bytes.
        byte[] sha256 = lenientBase64(x5tS256);
        byte[] sha1 = lenientBase64(x5t);
        List<X509Certificate> out = new ArrayList<>();
        for (X509Certificate c : registered) {
            if ((sha256 != null && Arrays.equals(sha256, Jwt.fromBase64Url(ClientRegistry.thumbprint(c, "SHA-256"))))
                    || (sha1 != null && Arrays.equals(sha1, Jwt.fromBase64Url(ClientRegistry.thumbprint(c, "SHA-1"))))) {
                out.add(c);
            }
        }
        return out;
    }

    private static byte[] lenientBase64(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static List<X509Certificate> headerChain(Jwt.Parsed jwt) {
        JsonNode x5c = jwt.header().get("x5c");
        if (x5c == null || !x5c.isArray() || x5c.isEmpty()) {
            return List.of();
        }
        try {
            byte[] der = Base64.getDecoder().decode(x5c.get(0).asText());
            return List.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static boolean signatureValid(Jwt.Parsed jwt, PublicKey key) {
        String alg = String.valueOf(jwt.headerText("alg")).toUpperCase(Locale.ROOT);
        try {
            Signature signature;
            switch (alg) {
                case "RS256" -> signature = Signature.getInstance("SHA256withRSA");
                case "PS256" -> {
                    signature = Signature.getInstance("RSASSA-PSS");
                    signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                }
                default -> {
                    return false;
                }
            }
            signature.initVerify(key);
            signature.update(jwt.signingInput());
            return signature.verify(jwt.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static IdentityError invalidSignature(String reason, Jwt.Parsed jwt) {
        String x5t = jwt.headerText("x5t") != null ? jwt.headerText("x5t") : jwt.headerText("x5t#S256");
        byte[] bytes = lenientBase64(x5t);
        String thumbprint = bytes == null ? "" : HexFormat.of().withUpperCase().formatHex(bytes);
        return IdentityError.invalidClient(700027, "Client assertion contains an invalid signature. [Reason - "
                + reason + ", Thumbprint of key used by client: '" + thumbprint + "', Please visit the Azure Portal,"
                + " Graph Explorer or directly use MS Graph to see configured keys for the app.]");
    }

    private static String seconds(long epochSeconds) {
        return epochSeconds < 0 ? "(none)" : Instant.ofEpochSecond(epochSeconds).toString();
    }
}
