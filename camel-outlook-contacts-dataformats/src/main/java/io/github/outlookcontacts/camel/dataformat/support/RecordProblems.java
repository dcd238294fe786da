package io.github.outlookcontacts.camel.dataformat.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of the record being read and decides, when the record ends, whether it is kept: a record
 * with a problem is never half-imported. Strict: the first bad record fails the whole input. Lenient: the bad record
 * is skipped, its problems are kept for the caller to report, and reading goes on.
 */
public final class RecordProblems {

    private final boolean lenient;
    private final String recordKind;
    private final String fieldKind;
    private final List<DataFormatProblem> skipped = new ArrayList<>();
    private final List<DataFormatProblem> current = new ArrayList<>();

    /**
     * @param recordKind how a record is named in messages ({@code card}, {@code row})
     * @param fieldKind  how a field is named in messages ({@code property}, {@code column})
     */
    public RecordProblems(boolean lenient, String recordKind, String fieldKind) {
        this.lenient = lenient;
        this.recordKind = recordKind;
        this.fieldKind = fieldKind;
    }

    public void add(int record, int line, String field, String message) {
        current.add(new DataFormatProblem(record, line, field, message));
    }

    /**
     * Ends the current record: true when it is good and should be kept; false when it was bad and lenient (skip it).
     *
     * @throws MalformedContactsException when it was bad and strict
     */
    public boolean endRecord() {
        if (current.isEmpty()) {
            return true;
        }
        List<DataFormatProblem> problems = List.copyOf(current);
        current.clear();
        if (!lenient) {
            throw new MalformedContactsException(describe(problems.get(0))
                                                 + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                                                                          + " more in this " + recordKind + ")"
                                                                        : "")
                                                 + "; set lenient=true to skip bad " + recordKind + "s and report"
                                                 + " them in a header",
                    problems);
        }
        skipped.addAll(problems);
        return false;
    }

    /** The problems of the records that were skipped (lenient only), in input order. */
    public List<DataFormatProblem> skipped() {
        return List.copyOf(skipped);
    }

    public String describe(DataFormatProblem problem) {
        return problem.describe(recordKind, fieldKind);
    }
}
