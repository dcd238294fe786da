package io.github.outlookcontacts.camel.dataformat.support;

import java.util.List;

/**
 * Unmarshalling met malformed input and the data format is not lenient. The message names the first problem's
 * position (card and property, or CSV line and column); {@link #problems()} has them all.
 */
public class MalformedContactsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<DataFormatProblem> problems;

    public MalformedContactsException(String message, List<DataFormatProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in input order. */
    public List<DataFormatProblem> problems() {
        return problems;
    }
}
