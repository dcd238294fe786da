package io.github.outlookcontacts.examples;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command-line arguments (or OUTLOOK_* environment variables) of the demo.
 */
record DemoOptions(String tenantId, String clientId, String clientSecret, String user, Path csv, int seed,
        boolean help) {

    static final String USAGE = """
            Syncs Outlook contacts into a CSV file with the camel-outlook-contacts consumer.

            Without credentials it runs against an embedded Microsoft Graph emulator seeded with realistic contacts,
            then changes a few contacts on it and shows the incremental round picking up exactly those.

              --csv FILE            output file (default contacts.csv)
              --seed N              contacts to seed in the emulator (default 3000)
              --tenant ID           Entra ID tenant          (or OUTLOOK_TENANT_ID)
              --client-id ID        app registration id      (or OUTLOOK_CLIENT_ID)
              --client-secret S     client secret            (or OUTLOOK_CLIENT_SECRET)
              --user UPN            mailbox to read           (or OUTLOOK_USER)
            With tenant, client id, client secret and user, it reads that mailbox once (read-only) into the CSV.
            """;

    static DemoOptions parse(String[] args, Map<String, String> env) {
        String tenant = env.get("OUTLOOK_TENANT_ID");
        String client = env.get("OUTLOOK_CLIENT_ID");
        String secret = env.get("OUTLOOK_CLIENT_SECRET");
        String user = env.get("OUTLOOK_USER");
        Path csv = Path.of("contacts.csv");
        int seed = 3000;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--csv" -> csv = Path.of(value(args, ++i, a));
                case "--seed" -> seed = Integer.parseInt(value(args, ++i, a));
                case "--tenant" -> tenant = value(args, ++i, a);
                case "--client-id" -> client = value(args, ++i, a);
                case "--client-secret" -> secret = value(args, ++i, a);
                case "--user" -> user = value(args, ++i, a);
                default -> throw new IllegalArgumentException("unknown argument " + a + "\n\n" + USAGE);
            }
        }
        return new DemoOptions(tenant, client, secret, user, csv, seed, help);
    }

    boolean realTenant() {
        boolean any = tenantId != null || clientId != null || clientSecret != null;
        if (any && (tenantId == null || clientId == null || clientSecret == null || user == null)) {
            throw new IllegalArgumentException("a real tenant needs all of --tenant, --client-id, --client-secret"
                                               + " and --user (or the OUTLOOK_* variables)");
        }
        return any;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    @Override
    public String toString() {
        return "DemoOptions[tenant=" + tenantId + ", user=" + user + ", csv=" + csv + "]";
    }
}
