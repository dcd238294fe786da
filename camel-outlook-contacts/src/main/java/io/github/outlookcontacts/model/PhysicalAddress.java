package io.github.outlookcontacts.model;

/**
 * Graph {@code physicalAddress}; Graph sends an unset address as {@code {}}.
 */
public class PhysicalAddress extends GraphObject {

    private String street;
    private String city;
    private String state;
    private String countryOrRegion;
    private String postalCode;

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCountryOrRegion() {
        return countryOrRegion;
    }

    public void setCountryOrRegion(String countryOrRegion) {
        this.countryOrRegion = countryOrRegion;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { street, city, state, countryOrRegion, postalCode };
    }

    @Override
    public String toString() {
        return "PhysicalAddress[***]";
    }
}
