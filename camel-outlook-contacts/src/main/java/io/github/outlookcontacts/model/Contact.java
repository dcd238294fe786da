package io.github.outlookcontacts.model;

/** Placeholder: to be completed. */
public class Contact {
    private String id;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
