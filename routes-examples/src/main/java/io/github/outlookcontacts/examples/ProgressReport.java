package io.github.outlookcontacts.examples;

import java.io.PrintStream;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The live progress of a sync round. On a terminal: a progress bar redrawn in place. Otherwise (output piped to a
 * file or a CI log) a plain line when the count changed, at most every two seconds, never a carriage return.
 */
final class ProgressReport implements AutoCloseable {

    private final ProgressBar bar;

    private ProgressReport(ProgressBar bar) {
        this.bar = bar;
    }

    /** {@code expected} &lt; 0: unknown (an indefinite bar). */
    static ProgressReport start(String task, long expected, boolean terminal, PrintStream plainOut) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected)
                .setUnit(" contacts", 1).showSpeed().hideEta().setStyle(ProgressBarStyle.ASCII);
        if (terminal) {
            builder.setUpdateIntervalMillis(200);
        } else {
            builder.setConsumer(new DelegatingProgressBarConsumer(new ChangedLines(plainOut)::print, 100))
                    .setUpdateIntervalMillis(2000);
        }
        return new ProgressReport(builder.build());
    }

    /** True when standard output is an interactive terminal (not a pipe or a file). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Prints a line only when it differs from the previous one (the bar redraws on close, for instance). */
    private static final class ChangedLines {
        private final PrintStream out;
        private String last;

        ChangedLines(PrintStream out) {
            this.out = out;
        }

        void print(String line) {
            if (!line.equals(last)) {
                out.println(line);
                last = line;
            }
        }
    }

    void update(long done) {
        bar.stepTo(done);
    }

    /** Ends the report with the final count (it prints the last state once more). */
    @Override
    public void close() {
        bar.close();
    }
}
