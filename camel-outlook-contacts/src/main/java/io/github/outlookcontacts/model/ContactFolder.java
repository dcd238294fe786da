package io.github.outlookcontacts.model;

/**
 * Graph {@code contactFolder}: id, display name and parent; anything else Graph sends is kept.
 */
public class ContactFolder extends GraphObject implements GraphEntity {

    private String id;
    private String displayName;
    private String parentFolderId;

    public ContactFolder() {
    }

    public ContactFolder(String id, String displayName, String parentFolderId) {
        this.id = id;
        this.displayName = displayName;
        this.parentFolderId = parentFolderId;
    }

    @Override
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getParentFolderId() {
        return parentFolderId;
    }

    public void setParentFolderId(String parentFolderId) {
        this.parentFolderId = parentFolderId;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { id, displayName, parentFolderId };
    }

    @Override
    public String toString() {
        return "ContactFolder[id=" + id + ", displayName=" + displayName + "]";
    }
}
