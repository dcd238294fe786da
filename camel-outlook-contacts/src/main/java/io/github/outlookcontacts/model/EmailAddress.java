package io.github.outlookcontacts.model;

/**
 * Graph {@code emailAddress}: a display name and an SMTP address.
 */
public class EmailAddress extends GraphObject {

    private String name;
    private String address;

    public EmailAddress() {
    }

    public EmailAddress(String name, String address) {
        this.name = name;
        this.address = address;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { name, address };
    }

    @Override
    public String toString() {
        // An address is personal data: show only whether it is set.
        return "EmailAddress[address=" + (address == null ? "null" : "***") + "]";
    }
}
