package io.github.outlookcontacts.examples;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A real Microsoft 365 tenant, app-only with a client secret: the demo only reads (one full round into the CSV).
 */
final class RealTenant extends ReadOnlyTarget {

    private final DemoOptions options;

    RealTenant(DemoOptions options) {
        this.options = options;
    }

    @Override
    public String endpointOptions() {
        return "tenantId=" + enc(options.tenantId()) + "&clientId=" + enc(options.clientId())
               + "&clientSecret=RAW(" + options.clientSecret() + ")&user=" + enc(options.user());
    }

    @Override
    public String describe() {
        return "Microsoft Graph, tenant " + options.tenantId() + ", mailbox " + options.user();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
