package io.github.outlookcontacts.camel.dataformat.support;

/**
 * Receives the problems of one record's fields while it is mapped: the field (vCard property, CSV column) and what
 * is wrong.
 */
@FunctionalInterface
public interface FieldProblems {

    void problem(String field, String message);
}
