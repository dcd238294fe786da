package io.github.outlookcontacts.model;

/**
 * Graph {@code singleValueLegacyExtendedProperty}: {@code id} such as
 * {@code String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CamelExternalId} and its string value.
 */
public class SingleValueExtendedProperty extends GraphObject {

    private String id;
    private String value;

    public SingleValueExtendedProperty() {
    }

    public SingleValueExtendedProperty(String id, String value) {
        this.id = id;
        this.value = value;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { id, value };
    }

    @Override
    public String toString() {
        return "SingleValueExtendedProperty[id=" + id + "]";
    }
}
