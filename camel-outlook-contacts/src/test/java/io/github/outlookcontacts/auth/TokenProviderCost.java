package io.github.outlookcontacts.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.identity.Grant;

/**
 * Benchmark (not a test): what one {@code getAccessToken()} costs once a token is cached, through the provider's
 * fast path versus asking msal4j's cache directly (which runs each call as a future on an executor), and how many
 * tokens went over the network. Args: calls (default 200,000).
 */
public final class TokenProviderCost {

    private TokenProviderCost() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        try (GraphEmulator emulator = IdentityEmulator.start()) {
            AuthSettings settings = IdentityEmulator.secret(emulator, "bench-app", "bench-secret");
            AccessTokenProvider provider = AccessTokenProviders.create(settings);
            provider.getAccessToken();
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                provider.getAccessToken();
            }
            double providerNs = (System.nanoTime() - start) / (double) calls;

            ConfidentialClientApplication app = MsalApps.configure(ConfidentialClientApplication.builder("bench-app",
                    ClientCredentialFactory.createFromSecret("bench-secret")), AccessTokenProviders.checked(settings,
                    AuthFlow.CLIENT_SECRET), IdentityEmulator.TENANT).build();
            ClientCredentialParameters parameters = ClientCredentialParameters.builder(
                    Clouds.defaultAppOnlyScopes(settings.graphBaseUrl())).build();
            app.acquireToken(parameters).get();
            int msalCalls = Math.max(1, calls / 10);
            start = System.nanoTime();
            for (int i = 0; i < msalCalls; i++) {
                app.acquireToken(parameters).get();
            }
            double msalNs = (System.nanoTime() - start) / (double) msalCalls;

            System.out.printf("provider.getAccessToken(): %,d calls, %.0f ns/call%n", calls, providerNs);
            System.out.printf("msal4j acquireToken (cache hit): %,d calls, %.0f ns/call%n", msalCalls, msalNs);
            System.out.printf("tokens fetched over the network: %d%n",
                    emulator.identity().tokensIssued(Grant.CLIENT_CREDENTIALS));
        }
    }
}
