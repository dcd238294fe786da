package io.github.outlookcontacts.connect;

import java.time.Duration;
import java.util.Map;

import io.github.outlookcontacts.auth.AccessTokenProviders;
import io.github.outlookcontacts.auth.AuthSettings;
import io.github.outlookcontacts.graph.GraphClientSettings;
import io.github.outlookcontacts.graph.GraphContactsClient;
import io.github.outlookcontacts.graph.GraphContactsClients;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/**
 * The keys both connectors share: where Graph is, how to authenticate (the component's {@code auth} flows) and how
 * patiently to call it. Builds the Graph client from them.
 */
final class GraphConnectionConfig {

    static final String GROUP = "Graph connection";

    static final String BASE_URL = "graph.base.url";
    static final String AUTHORITY_HOST = "authority.host";
    static final String TENANT_ID = "tenant.id";
    static final String CLIENT_ID = "client.id";
    static final String CLIENT_SECRET = "client.secret";
    static final String CERTIFICATE_PATH = "certificate.path";
    static final String CERTIFICATE_PASSWORD = "certificate.password";
    static final String ACCESS_TOKEN = "access.token";
    static final String IMMUTABLE_IDS = "immutable.ids";
    static final String MAX_RETRIES = "max.retries";
    static final String MAX_RETRY_DELAY_MS = "max.retry.delay.ms";
    static final String MAX_CONCURRENT_REQUESTS = "max.concurrent.requests";

    private GraphConnectionConfig() {
    }

    /** Adds the shared keys to {@code def}. */
    static ConfigDef define(ConfigDef def) {
        int order = 0;
        return def
                .define(BASE_URL, Type.STRING, "https://graph.microsoft.com/v1.0", new NonBlank(), Importance.MEDIUM,
                        "The Microsoft Graph root; https is required except for loopback hosts (the emulator).",
                        GROUP, ++order, ConfigDef.Width.LONG, "Graph base URL")
                .define(AUTHORITY_HOST, Type.STRING, null, Importance.LOW,
                        "The identity platform, default https://login.microsoftonline.com (sovereign clouds differ).",
                        GROUP, ++order, ConfigDef.Width.LONG, "Authority host")
                .define(TENANT_ID, Type.STRING, null, Importance.HIGH,
                        "The directory (tenant) id or a verified domain; required for client credentials.",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Tenant id")
                .define(CLIENT_ID, Type.STRING, null, Importance.HIGH,
                        "The application (client) id of the app registration.",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Client id")
                .define(CLIENT_SECRET, Type.PASSWORD, null, Importance.HIGH,
                        "Client secret for the app-only client-credentials flow.",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Client secret")
                .define(CERTIFICATE_PATH, Type.STRING, null, Importance.MEDIUM,
                        "PKCS#12 file with the app's certificate and key (client credentials with a certificate);"
                        + " wins over client.secret.", GROUP, ++order, ConfigDef.Width.LONG, "Certificate path")
                .define(CERTIFICATE_PASSWORD, Type.PASSWORD, null, Importance.MEDIUM,
                        "Password of the PKCS#12 file.", GROUP, ++order, ConfigDef.Width.MEDIUM,
                        "Certificate password")
                .define(ACCESS_TOKEN, Type.PASSWORD, null, Importance.LOW,
                        "A fixed bearer token (tests and short runs; it is never refreshed); wins over the other"
                        + " credentials.", GROUP, ++order, ConfigDef.Width.LONG, "Access token")
                .define(IMMUTABLE_IDS, Type.BOOLEAN, true, Importance.LOW,
                        "Send Prefer: IdType=\"ImmutableId\" so contact ids survive moves between folders.",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Immutable ids")
                .define(MAX_RETRIES, Type.INT, 5, Range.between(0, 20), Importance.LOW,
                        "Retries of one request on 429/503/504 and I/O errors, honouring Retry-After.",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Max retries")
                .define(MAX_RETRY_DELAY_MS, Type.LONG, 60_000L, Range.between(0, 600_000), Importance.LOW,
                        "Longest single wait between retries, in milliseconds.",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Max retry delay")
                .define(MAX_CONCURRENT_REQUESTS, Type.INT, 4, Range.between(1, 4), Importance.LOW,
                        "In-flight requests per mailbox (Graph allows 4 for Outlook resources).",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Max concurrent requests");
    }

    static GraphClientSettings clientSettings(AbstractConfig config) {
        return new GraphClientSettings(config.getString(BASE_URL), config.getBoolean(IMMUTABLE_IDS),
                config.getInt(MAX_RETRIES), Duration.ofMillis(config.getLong(MAX_RETRY_DELAY_MS)),
                config.getInt(MAX_CONCURRENT_REQUESTS), Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    static AuthSettings authSettings(AbstractConfig config) {
        return new AuthSettings(config.getString(BASE_URL), config.getString(AUTHORITY_HOST),
                config.getString(TENANT_ID), config.getString(CLIENT_ID), secret(config, CLIENT_SECRET),
                config.getString(CERTIFICATE_PATH), secret(config, CERTIFICATE_PASSWORD), null, null,
                secret(config, ACCESS_TOKEN), null, null);
    }

    /**
     * The Graph client for these settings; a mistake (no credentials, a non-https URL, a bad tenant) fails with
     * an {@link IllegalArgumentException} naming the component's option, which {@link #check} maps to the key.
     */
    static GraphContactsClient client(AbstractConfig config) {
        return GraphContactsClients.create(clientSettings(config), AccessTokenProviders.create(authSettings(config)));
    }

    /** Checks the settings as {@link #client} would, without building anything; null when they are fine. */
    static String check(AbstractConfig config) {
        try {
            GraphContactsClients.transportSettings(clientSettings(config));
            AuthSettings auth = authSettings(config);
            AccessTokenProviders.check(auth);
            switch (auth.flow()) {
                case NONE, DEVICE_CODE -> {
                    return "no credentials: set " + ACCESS_TOKEN + ", or " + CLIENT_SECRET + " or " + CERTIFICATE_PATH
                           + " with " + TENANT_ID + " and " + CLIENT_ID + " (app-only; the device-code flow is not"
                           + " available to a connector)";
                }
                default -> {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return keyNames(e.getMessage());
        }
    }

    /** The component's messages name its camelCase options; say the connector's keys instead. */
    static String keyNames(String message) {
        return message.replace("baseUrl", BASE_URL).replace("authorityHost", AUTHORITY_HOST)
                .replace("tenantId", TENANT_ID).replace("clientId", CLIENT_ID)
                .replace("clientSecret", CLIENT_SECRET).replace("certificatePath", CERTIFICATE_PATH)
                .replace("certificatePassword", CERTIFICATE_PASSWORD).replace("accessToken", ACCESS_TOKEN)
                .replace("maxRetries", MAX_RETRIES).replace("maxConcurrentRequests", MAX_CONCURRENT_REQUESTS);
    }

    private static String secret(AbstractConfig config, String key) {
        Password password = config.getPassword(key);
        return password == null ? null : password.value();
    }

    /** Rejects blank strings, naming the key (a missing required key is ConfigDef's own error). */
    static final class NonBlank implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && value.toString().isBlank()) {
                throw new org.apache.kafka.common.config.ConfigException(name, value, "must not be blank");
            }
        }

        @Override
        public String toString() {
            return "a non-blank string";
        }
    }

    static Map<String, String> batchHeaders(AbstractConfig config) {
        return config.getBoolean(IMMUTABLE_IDS) ? Map.of("Prefer", "IdType=\"ImmutableId\"") : Map.of();
    }
}
