package io.github.outlookcontacts.examples.support;

import java.util.concurrent.Callable;

import picocli.CommandLine;

/**
 * Runs a pipeline's command line: a user's mistake (a bad option, an unwritable file) is one line on stderr and a
 * non-zero exit code, never a stack trace; the JVM exits when the command is done, whatever threads are left.
 */
public final class PipelineMain {

    private PipelineMain() {
    }

    /** Parses {@code args} into {@code command}, runs it and exits the JVM with its code. */
    public static void run(Callable<Integer> command, String[] args) {
        System.exit(execute(command, args));
    }

    /** Like {@link #run} without exiting: 0 on success, 1 when the pipeline failed, 2 for bad arguments. */
    public static int execute(Callable<Integer> command, String[] args) {
        CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage() + " (--help lists the options)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("error: " + message(e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
