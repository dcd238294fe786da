package io.github.outlookcontacts.model;

/**
 * A Graph entity: an object with its own id (a contact, a contact folder), as opposed to a value such as an address.
 */
public interface GraphEntity {

    /** The id Graph gave the entity; null for one not yet created. */
    String getId();
}
