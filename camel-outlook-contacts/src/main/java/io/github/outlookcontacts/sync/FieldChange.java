package io.github.outlookcontacts.sync;

/**
 * The old and the new value of one changed field ({@code diff=values}): plain Java values as Jackson reads Graph
 * JSON (String, Number, Boolean, List, Map), null when unset.
 */
public record FieldChange(Object oldValue, Object newValue) {
}
