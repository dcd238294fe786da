package io.github.outlookcontacts.model.validation;

/**
 * One problem found in a contact payload: the field (a Graph property name, with {@code [i]} and {@code .name} for
 * nested values) and what is wrong with it.
 */
public record ValidationProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
