package io.github.outlookcontacts.examples;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Command-line arguments (or OUTLOOK_* environment variables) of the demo, parsed by picocli. Every problem is an
 * {@link IllegalArgumentException} with a one-line message naming the option and what it accepts.
 */
@Command(name = "outlook-contacts-demo", sortOptions = false, usageHelpAutoWidth = true,
        description = { "Syncs Outlook contacts into a CSV file with the camel-outlook-contacts consumer.", "",
            "Without credentials it runs against an embedded Microsoft Graph emulator seeded with realistic contacts,"
            + " then changes a few contacts on it and shows the incremental round picking up exactly those.", "" },
        footer = { "", "With tenant, client id, client secret and user, it reads that mailbox once (read-only) into the"
            + " CSV; the app needs the Contacts.Read application permission." })
final class DemoOptions {

    static final int MAX_SEED = 100_000;

    /** Environment variables that stand in for options not given on the command line. */
    private static final Map<String, String> ENV = Map.of("--tenant", "OUTLOOK_TENANT_ID", "--client-id",
            "OUTLOOK_CLIENT_ID", "--client-secret", "OUTLOOK_CLIENT_SECRET", "--user", "OUTLOOK_USER");

    @Spec
    private CommandSpec spec;

    @Option(names = "--csv", order = 1, paramLabel = "FILE", defaultValue = "contacts.csv",
            description = "output file (default ${DEFAULT-VALUE})")
    private Path csv;

    private int seed;

    @Option(names = "--tenant", order = 3, paramLabel = "ID",
            description = "Entra ID tenant (or OUTLOOK_TENANT_ID)")
    private String tenantId;

    @Option(names = "--client-id", order = 4, paramLabel = "ID",
            description = "app registration id (or OUTLOOK_CLIENT_ID)")
    private String clientId;

    @Option(names = "--client-secret", order = 5, paramLabel = "SECRET",
            description = "client secret (or OUTLOOK_CLIENT_SECRET)")
    private String clientSecret;

    @Option(names = "--user", order = 6, paramLabel = "UPN", description = "mailbox to read (or OUTLOOK_USER)")
    private String user;

    @Option(names = { "-h", "--help" }, order = 7, usageHelp = true, description = "print this help")
    private boolean help;

    @Option(names = "--seed", order = 2, paramLabel = "N", defaultValue = "3000",
            description = "contacts to seed in the emulator, 0 to " + MAX_SEED + " (default ${DEFAULT-VALUE})")
    private void seed(String value) {
        try {
            seed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            seed = -1;
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seed must be a whole number from 0 to "
                                                                         + MAX_SEED + ", was '" + value + "'");
        }
    }

    static DemoOptions parse(String[] args, Map<String, String> env) {
        DemoOptions options = new DemoOptions();
        CommandLine cli = command(options);
        cli.setDefaultValueProvider(arg -> {
            String variable = arg instanceof CommandLine.Model.OptionSpec option ? ENV.get(option.longestName()) : null;
            return variable == null ? null : env.get(variable);
        });
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return options;
    }

    static String usage() {
        return command(new DemoOptions()).getUsageMessage();
    }

    private static CommandLine command(DemoOptions options) {
        return new CommandLine(options).setOverwrittenOptionsAllowed(true);
    }

    String tenantId() {
        return tenantId;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String user() {
        return user;
    }

    Path csv() {
        return csv;
    }

    int seed() {
        return seed;
    }

    boolean help() {
        return help;
    }

    boolean realTenant() {
        boolean any = tenantId != null || clientId != null || clientSecret != null;
        if (any && (tenantId == null || clientId == null || clientSecret == null || user == null)) {
            throw new IllegalArgumentException("a real tenant needs all of --tenant, --client-id, --client-secret"
                                               + " and --user (or the OUTLOOK_* variables)");
        }
        return any;
    }

    @Override
    public String toString() {
        return "DemoOptions[tenant=" + tenantId + ", user=" + user + ", csv=" + csv + "]";
    }
}
