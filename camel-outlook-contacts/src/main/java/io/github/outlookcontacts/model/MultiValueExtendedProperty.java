package io.github.outlookcontacts.model;

import java.util.List;

/**
 * A Graph {@code multiValueLegacyExtendedProperty}: an id such as
 * {@code StringArray {00020329-0000-0000-C000-000000000046} Name Tags} and its string values.
 */
public class MultiValueExtendedProperty extends GraphObject {

    private String id;
    private List<String> value;

    public MultiValueExtendedProperty() {
    }

    public MultiValueExtendedProperty(String id, List<String> value) {
        this.id = id;
        this.value = value;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getValue() {
        return value;
    }

    public void setValue(List<String> value) {
        this.value = value;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { id, value };
    }

    @Override
    public String toString() {
        return "MultiValueExtendedProperty[" + id + "=" + value + "]";
    }
}
