package io.github.outlookcontacts.emulator.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Just enough JWT for the identity platform: base64url JSON parts, building unsigned-looking tokens, parsing. */
final class Jwt {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parsed compact JWT; {@code signingInput} is what the signature covers. */
    record Parsed(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

        String headerText(String name) {
            JsonNode value = header.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        String claimText(String name) {
            JsonNode value = claims.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** A NumericDate claim in epoch seconds, or -1 when absent or not a number. */
        long claimSeconds(String name) {
            JsonNode value = claims.get(name);
            return value != null && value.canConvertToLong() ? value.asLong() : -1;
        }
    }

    private Jwt() {
    }

    /**
     * A JWT whose signature is random bytes: the emulator recognises its tokens by lookup, and msal4j does not verify
     * signatures of the tokens it receives.
     */
    static String opaque(Map<String, Object> header, Map<String, Object> claims) {
        return encodeJson(header) + "." + encodeJson(claims) + "." + base64Url(randomBytes(32));
    }

    static Parsed parse(String compact) {
        String[] parts = compact == null ? new String[0] : compact.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("not a compact JWS");
        }
        try {
            JsonNode header = JSON.readTree(fromBase64Url(parts[0]));
            JsonNode claims = JSON.readTree(fromBase64Url(parts[1]));
            if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
                throw new IllegalArgumentException("JWT header and payload must be JSON objects");
            }
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return new Parsed(header, claims, input, fromBase64Url(parts[2]));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("JWT parts are not JSON", e);
        }
    }

    static String encodeJson(Object value) {
        try {
            return base64Url(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] fromBase64Url(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String randomToken(int bytes) {
        return base64Url(randomBytes(bytes));
    }
}
