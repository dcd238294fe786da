package io.github.outlookcontacts.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may reach a log or an exception: the configured secret values themselves, and
 * anything that looks like a credential or token parameter (msal4j can echo request or response details).
 */
final class SecretRedactor {

    private static final String MASK = "***";
    private static final Pattern FORM_FIELD = Pattern.compile(
            "(?i)\\b(client_secret|client_assertion|refresh_token|access_token|id_token|password|device_code)=[^&\\s\"]*");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)\"(client_secret|client_assertion|refresh_token|access_token|id_token|secret|device_code)\"\\s*:\\s*\"[^\"]*\"");
    private static final Pattern BEARER = Pattern.compile("(?i)\\bBearer\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

    private final List<String> secrets = new ArrayList<>();

    SecretRedactor(String... secrets) {
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) {
                this.secrets.add(s);
            }
        }
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        out = FORM_FIELD.matcher(out).replaceAll("$1=" + MASK);
        out = JSON_FIELD.matcher(out).replaceAll("\"$1\":\"" + MASK + "\"");
        out = BEARER.matcher(out).replaceAll("Bearer " + MASK);
        return JWT.matcher(out).replaceAll(MASK);
    }
}
