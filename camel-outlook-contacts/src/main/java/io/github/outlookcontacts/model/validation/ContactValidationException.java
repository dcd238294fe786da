package io.github.outlookcontacts.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contact payload that Microsoft Graph would reject (or that would silently lose data), found before any HTTP call;
 * the message lists every problem with the field it concerns.
 */
public class ContactValidationException extends IllegalArgumentException {

    private final transient List<ValidationProblem> problems;

    public ContactValidationException(String subject, List<ValidationProblem> problems) {
        super("Invalid " + subject + ": "
              + problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<ValidationProblem> getProblems() {
        return problems;
    }
}
